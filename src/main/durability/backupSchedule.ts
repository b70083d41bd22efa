/**
 * Names and retention of database backups: pure, so the rules are tested without files.
 * Daily backups are loket-YYYY-MM-DD.sqlite; the copy taken before a schema migration is
 * loket-YYYY-MM-DD-before-vN.sqlite.
 */
import { addDays, weekdayOf } from '../../shared/time/localTime';

export interface Retention {
  /** The newest daily backups kept. */
  daily: number;
  /** Beyond those, the newest backup of each of this many most recent weeks. */
  weekly: number;
  /** Copies taken before migrations kept. */
  beforeMigration: number;
}

export const DEFAULT_RETENTION: Retention = { daily: 14, weekly: 8, beforeMigration: 3 };

export type BackupKind = 'daily' | 'before_migration';

export interface BackupName {
  fileName: string;
  date: string;
  kind: BackupKind;
}

const NAME = /^loket-(\d{4}-\d{2}-\d{2})(?:-before-v(\d+))?\.sqlite$/;

export function dailyBackupName(date: string): string {
  return `loket-${date}.sqlite`;
}

export function beforeMigrationBackupName(date: string, fromVersion: number): string {
  return `loket-${date}-before-v${fromVersion + 1}.sqlite`;
}

export function parseBackupName(fileName: string): BackupName | null {
  const m = NAME.exec(fileName);
  if (!m?.[1]) return null;
  return { fileName, date: m[1], kind: m[2] === undefined ? 'daily' : 'before_migration' };
}

/** Backups sorted newest first (by day, then name, so a pre-migration copy sorts after that day's daily). */
export function newestFirst(names: readonly string[]): BackupName[] {
  return names
    .map(parseBackupName)
    .filter((b): b is BackupName => b !== null)
    .sort((a, b) => (a.date === b.date ? a.fileName.localeCompare(b.fileName) : b.date.localeCompare(a.date)));
}

export function isBackupDue(names: readonly string[], today: string): boolean {
  return !names.includes(dailyBackupName(today));
}

/** The Monday of a date's ISO week, as YYYY-MM-DD: the key that groups backups by week. */
export function weekOf(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}

/** The backups to delete: everything the daily, weekly and pre-migration rules do not keep. */
export function backupsToDelete(names: readonly string[], retention: Retention = DEFAULT_RETENTION): string[] {
  const all = newestFirst(names);
  const daily = all.filter((b) => b.kind === 'daily');
  const keep = new Set(daily.slice(0, retention.daily).map((b) => b.fileName));
  const weeks = new Set<string>();
  for (const b of daily) {
    const week = weekOf(b.date);
    if (weeks.has(week)) continue;
    if (weeks.size >= retention.weekly) break;
    weeks.add(week);
    keep.add(b.fileName);
  }
  for (const b of all.filter((x) => x.kind === 'before_migration').slice(0, retention.beforeMigration)) keep.add(b.fileName);
  return all.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
}
