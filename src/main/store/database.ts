import Database from 'better-sqlite3';
import { mkdirSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

export class StorageError extends Error {
  override name = 'StorageError';
}

/**
 * Opens (creating if needed) the office database in dataDir with the durability settings the kiosk
 * relies on: WAL, synchronous=FULL (an acknowledged ticket survives power loss), foreign keys,
 * and a busy timeout for the rare second process (backup, token tool).
 */
export function openDatabase(dataDir: string, fileName = 'loket.sqlite'): Db {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (err) {
    throw new StorageError(
      `The data folder "${dataDir}" cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)}). ` +
        'Set LOKET_DATA_DIR to a writable folder.',
    );
  }
  let db: Db;
  try {
    db = new Database(join(dataDir, fileName));
  } catch (err) {
    throw new StorageError(`The database in "${dataDir}" cannot be opened: ${(err as Error).message}`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
