import type { Queryable } from '../db/database';

/** What the database says about its own schema. */
export const schemaRepo = {
  /** The highest migration applied; 0 on a database never migrated (no schema_migrations table). */
  async migrationVersion(q: Queryable): Promise<number> {
    try {
      const [row] = await q.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
      return row?.version ?? 0;
    } catch (err) {
      if ((err as { code?: string }).code === UNDEFINED_TABLE) return 0;
      throw err;
    }
  },
};

const UNDEFINED_TABLE = '42P01';
