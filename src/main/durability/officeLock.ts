import Database from 'better-sqlite3';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One office per data folder, enforced by the operating system. <data>/loket.instance.lock is an empty
 * SQLite file that the holder keeps inside an open EXCLUSIVE transaction (locking_mode=EXCLUSIVE,
 * journal in memory): SQLite's OS lock (fcntl on Linux, LockFileEx on Windows) is held until the
 * connection closes or the process dies, so kill -9 and power cuts leave no stale lock. Nothing is
 * ever written to it, so it works on a full disk and cannot be torn. A second opener, in another
 * process or in this one, is refused at once (no busy wait).
 *
 * Never open the lock file with node:fs in the holding process: closing any descriptor of a file drops
 * the process's fcntl locks on it. Who holds the lock is therefore told in a separate small file,
 * written and removed by the holder only. The lock file itself is never deleted: a deleted lock file
 * would let the next two openers lock two different files.
 */

export const LOCK_FILE = 'loket.instance.lock';
export const HOLDER_FILE = 'loket.instance.json';

export interface LockHolder {
  pid: number;
  /** The holder's command line, e.g. "node out/main/serve.js" or "tsx scripts/seed.ts". */
  command: string;
  /** ISO time the lock was taken. */
  since: string;
}

export class OfficeInUseError extends Error {
  override name = 'OfficeInUseError';

  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    super(officeInUseMessage(dataDir, holder));
  }
}

export function officeInUseMessage(dataDir: string, holder: LockHolder | null): string {
  const who = holder
    ? `process ${holder.pid} (${holder.command}), since ${holder.since}`
    : 'another process (it has not said which yet)';
  return [
    `Loket is already running on the data folder ${dataDir}: ${who}.`,
    'Only one Loket may use a data folder at a time. Stop that one first (a Linux kiosk: sudo systemctl stop loket-kiosk),',
    'or set LOKET_DATA_DIR to another folder.',
  ].join('\n');
}

export class OfficeLock {
  private connection: Database.Database | null;

  private constructor(
    readonly dataDir: string,
    connection: Database.Database,
  ) {
    this.connection = connection;
  }

  /** Takes the data folder's lock (the folder must exist), or throws OfficeInUseError naming the holder. */
  static acquire(dataDir: string): OfficeLock {
    const connection = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
    try {
      connection.pragma('journal_mode = MEMORY');
      connection.pragma('locking_mode = EXCLUSIVE');
      connection.exec('BEGIN EXCLUSIVE');
    } catch (err) {
      connection.close();
      if ((err as { code?: unknown }).code === 'SQLITE_BUSY') throw new OfficeInUseError(dataDir, lockHolder(dataDir));
      throw err;
    }
    const lock = new OfficeLock(dataDir, connection);
    lock.tellWhoHolds();
    return lock;
  }

  /** Removes the holder file while still holding the lock (so it never removes a successor's), then lets go. */
  release(): void {
    if (!this.connection) return;
    rmSync(join(this.dataDir, HOLDER_FILE), { force: true });
    this.connection.close();
    this.connection = null;
  }

  private tellWhoHolds(): void {
    const path = join(this.dataDir, HOLDER_FILE);
    // A previous holder killed without its clean-up left its file: it must not be mistaken for us.
    rmSync(path, { force: true });
    const holder: LockHolder = { pid: process.pid, command: process.argv.join(' ').slice(0, 300), since: new Date().toISOString() };
    try {
      writeFileSync(`${path}.tmp`, JSON.stringify(holder));
      renameSync(`${path}.tmp`, path);
    } catch {
      // A full disk: the lock holds all the same; a refused opener just cannot name us.
      rmSync(`${path}.tmp`, { force: true });
    }
  }
}

/** Who holds the data folder's lock, as that process told it; null when unknown. */
export function lockHolder(dataDir: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')) as Partial<LockHolder>;
    const { pid, command, since } = parsed;
    if (typeof pid !== 'number' || typeof command !== 'string' || typeof since !== 'string') return null;
    return { pid, command, since };
  } catch {
    return null;
  }
}
