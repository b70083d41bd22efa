import Database from 'better-sqlite3';
import { mkdirSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { backupBeforeMigration, backupFolder, newestBackupPath, newestReadableBackup } from '../durability/backups';
import { damagedDatabaseMessage, isCorruptionError, quickCheckProblems } from '../durability/integrity';
import { newerSchemaMessage } from '../durability/newerSchema';
import type { OfficeLock } from '../durability/officeLock';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export type Db = Database.Database;

export class StorageError extends Error {
  override name = 'StorageError';
}

/** Creates the data folder if needed and checks it can be written, before anything else touches it. */
export function ensureDataFolder(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (err) {
    throw new StorageError(
      `The data folder "${dataDir}" cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)}). ` +
        'Set LOKET_DATA_DIR to a writable folder.',
      { cause: err },
    );
  }
}

/**
 * Opens (creating if needed) the office database in the locked data folder with the durability
 * settings the kiosk relies on: WAL, synchronous=FULL (an acknowledged ticket survives power loss),
 * foreign keys, and a busy timeout. Taking the lock is the caller's first step (Store.open), so no
 * second process or connection ever opens, migrates or replaces a database in use.
 */
export function openDatabase(lock: OfficeLock, fileName = 'loket.sqlite'): Db {
  const { dataDir } = lock;
  const file = join(dataDir, fileName);
  let db: Db;
  try {
    db = new Database(file);
  } catch (err) {
    throw new StorageError(`The database in "${dataDir}" cannot be opened: ${(err as Error).message}`, { cause: err });
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // The office checkpoints the WAL when it is idle (Store.checkpointWhenIdle), so a visitor's commit
    // rarely pays for it; during a rush the automatic one runs every ~8 MiB (a ticket's commit touches
    // about ten pages: at the default it would land on one issue in a hundred, and a much larger WAL slows
    // every read). The WAL is truncated back afterwards. Durability does not change: the WAL is fsync'd
    // on every commit either way.
    db.pragma('wal_autocheckpoint = 2000');
    db.pragma('journal_size_limit = 16777216');
    // A damaged file must stop the start: serving from it could hand out a number twice.
    const problems = quickCheckProblems(db);
    if (problems) throw new StorageError(damagedDatabaseMessage(file, problems, newestBackupPath(backupFolder(dataDir))));
    refuseNewerSchema(db, file, dataDir);
    backupBeforeMigrating(db, dataDir);
    migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof StorageError) throw err;
    if (isCorruptionError(err)) {
      throw new StorageError(damagedDatabaseMessage(file, (err as Error).message, newestBackupPath(backupFolder(dataDir))));
    }
    throw err;
  }
  return db;
}

/**
 * A database a newer Loket has upgraded (a rollback after an update) stops the start before it is
 * migrated, backed up or served, naming the newest backup this build can read.
 */
function refuseNewerSchema(db: Db, file: string, dataDir: string): void {
  const dbVersion = db.pragma('user_version', { simple: true }) as number;
  if (dbVersion <= LATEST_SCHEMA_VERSION) return;
  const backup = newestReadableBackup(backupFolder(dataDir), LATEST_SCHEMA_VERSION);
  throw new StorageError(newerSchemaMessage({ dbFile: file, dataDir, dbVersion, knownVersion: LATEST_SCHEMA_VERSION, backup }));
}

/** An existing database about to change schema is copied first, so a failed upgrade can be undone. */
function backupBeforeMigrating(db: Db, dataDir: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current === 0 || current >= LATEST_SCHEMA_VERSION) return;
  backupBeforeMigration(db, backupFolder(dataDir), new Date().toISOString().slice(0, 10), current);
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
