import type { Database } from './database';
import { migrate } from './migrate';
import { openPgDatabase, type PgOptions } from './pgDatabase';
import { openPgliteDatabase } from './pgliteDatabase';

/** PostgreSQL when DATABASE_URL is set (production), else PGlite in the data folder; migrated either way. */
export async function openServerDatabase(options: { databaseUrl?: string; dataDir?: string; pool?: Omit<PgOptions, 'connectionString'> }): Promise<Database> {
  const db = options.databaseUrl ? await openPgDatabase({ connectionString: options.databaseUrl, ...options.pool }) : await openPgliteDatabase(options.dataDir);
  try {
    await migrate(db);
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}
