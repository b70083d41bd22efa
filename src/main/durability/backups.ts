import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { backupView } from '../../shared/api/methods/maintenance';
import type { ReadableBackup } from './newerSchema';
import { readSchemaVersion } from './schemaVersion';
import type { StorageHealth } from './storageHealth';
import {
  backupsToDelete,
  beforeMigrationBackupName,
  dailyBackupName,
  DEFAULT_RETENTION,
  isBackupDue,
  newestFirst,
  type Retention,
} from './backupSchedule';

export type BackupInfo = z.infer<typeof backupView>;

/** Backups live next to the database, in <data>/backups. */
export function backupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  return newestFirst(readdirSync(folder)).map((b) => {
    const stat = statSync(join(folder, b.fileName));
    return { fileName: b.fileName, date: b.date, kind: b.kind, sizeBytes: stat.size, createdAt: Math.round(stat.mtimeMs) };
  });
}

/** The newest backup's full path, for the "database damaged" message; null when there is none. */
export function newestBackupPath(folder: string): string | null {
  const newest = listBackups(folder)[0];
  return newest ? join(folder, newest.fileName) : null;
}

/** The newest backup a build whose migrations end at `knownVersion` can open; null when there is none. */
export function newestReadableBackup(folder: string, knownVersion: number): ReadableBackup | null {
  for (const b of listBackups(folder)) {
    const path = join(folder, b.fileName);
    const version = readSchemaVersion(path);
    if (version !== null && version >= 1 && version <= knownVersion) return { path, version };
  }
  return null;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A finished copy must be whole: a single self-contained file (rollback journal, not WAL), checked,
 * flushed, then renamed into place. A crash on the way leaves only a .partial, never a bad backup.
 */
function publish(partial: string, target: string): void {
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`the copy failed its check: ${String(result)}`);
  } finally {
    copy.close();
  }
  fsyncPath(partial);
  renameSync(partial, target);
}

/**
 * The copy taken right before a schema migration, synchronously (nothing is served yet), with
 * VACUUM INTO: a consistent, compact snapshot.
 */
export function backupBeforeMigration(db: Database.Database, folder: string, date: string, fromVersion: number): string {
  mkdirSync(folder, { recursive: true });
  const target = join(folder, beforeMigrationBackupName(date, fromVersion));
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    publish(partial, target);
  } catch (err) {
    // A copy that did not fit (a full disk) must not keep the space the next start needs.
    rmSync(partial, { force: true });
    throw err;
  }
  return target;
}

/**
 * The daily online backup: better-sqlite3's db.backup() copies page by page between queue changes,
 * so serving never stops; the retention rule then prunes old copies. A copy that does not fit is
 * deleted again and told to the storage health, which stops issuing only if the disk stays nearly full.
 */
export class Backups {
  constructor(
    private readonly db: Database.Database,
    readonly folder: string,
    private readonly today: () => string,
    private readonly health: StorageHealth,
    private readonly retention: Retention = DEFAULT_RETENTION,
  ) {}

  list(): BackupInfo[] {
    return listBackups(this.folder);
  }

  /** Today's backup, replacing an earlier one of the same day. */
  async takeNow(): Promise<BackupInfo> {
    const fileName = dailyBackupName(this.today());
    const target = join(this.folder, fileName);
    const partial = `${target}.partial`;
    try {
      mkdirSync(this.folder, { recursive: true });
      rmSync(partial, { force: true });
      await this.db.backup(partial);
      publish(partial, target);
    } catch (err) {
      rmSync(partial, { force: true });
      this.health.reportUnlessRoomLeft(err, 'backup');
      throw err;
    }
    this.prune();
    const info = this.list().find((b) => b.fileName === fileName);
    if (!info) throw new Error(`The backup ${target} vanished right after it was written.`);
    return info;
  }

  async takeIfDue(): Promise<BackupInfo | null> {
    const names = existsSync(this.folder) ? readdirSync(this.folder) : [];
    return isBackupDue(names, this.today()) ? this.takeNow() : null;
  }

  private prune(): void {
    for (const name of backupsToDelete(readdirSync(this.folder), this.retention)) rmSync(join(this.folder, name), { force: true });
  }
}
