import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { OfficeLock } from './officeLock';

export class RestoreError extends Error {
  override name = 'RestoreError';
}

export interface RestoreResult {
  restoredFrom: string;
  /** Where the replaced database (and its WAL) now lies, or null when there was none. */
  previousKeptIn: string | null;
}

const DB_SUFFIXES = ['', '-wal', '-shm'];

function checkBackup(file: string): void {
  if (!existsSync(file)) throw new RestoreError(`There is no backup file "${file}".`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new RestoreError(`"${file}" cannot be opened as a database: ${(err as Error).message}`);
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new RestoreError(`"${file}" is damaged too (${String(check)}); choose an older backup.`);
    if ((db.pragma('user_version', { simple: true }) as number) < 1) throw new RestoreError(`"${file}" is not a Loket database.`);
  } catch (err) {
    if (err instanceof RestoreError) throw err;
    throw new RestoreError(`"${file}" is not a readable database (${(err as Error).message}); choose another backup.`);
  } finally {
    db.close();
  }
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * Replaces the office database by a backup. Works only on a data folder no process holds: it takes the
 * folder's lock itself for the whole replacement (a running office, seed or second restore is refused,
 * and no office can start meanwhile). Checks the backup first; never deletes the replaced database: it
 * is moved, with its WAL, into <data>/replaced-<time>/.
 */
export function restoreBackup(dataDir: string, backupFile: string, now = new Date(), fileName = 'loket.sqlite'): RestoreResult {
  mkdirSync(dataDir, { recursive: true });
  const lock = OfficeLock.acquire(dataDir);
  try {
    return replaceDatabase(dataDir, resolve(backupFile), now, fileName);
  } finally {
    lock.release();
  }
}

function replaceDatabase(dataDir: string, source: string, now: Date, fileName: string): RestoreResult {
  checkBackup(source);
  const target = join(dataDir, fileName);

  let previousKeptIn: string | null = null;
  if (DB_SUFFIXES.some((s) => existsSync(target + s))) {
    previousKeptIn = join(dataDir, `replaced-${stamp(now)}`);
    mkdirSync(previousKeptIn, { recursive: true });
    for (const suffix of DB_SUFFIXES) {
      if (existsSync(target + suffix)) renameSync(target + suffix, join(previousKeptIn, basename(target) + suffix));
    }
  }
  const restoring = `${target}.restoring`;
  copyFileSync(source, restoring);
  const fd = openSync(restoring, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(restoring, target);
  return { restoredFrom: source, previousKeptIn };
}

/** The backup named by `--restore <file>` or `--restore=<file>` on the command line, if any. */
export function restoreRequest(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--restore=')) return arg.slice('--restore='.length) || null;
    if (arg === '--restore') return argv[i + 1] ?? null;
  }
  return null;
}
