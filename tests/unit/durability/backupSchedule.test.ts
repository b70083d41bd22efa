import { describe, expect, it } from 'vitest';
import {
  backupsToDelete,
  beforeMigrationBackupName,
  dailyBackupName,
  isBackupDue,
  newestFirst,
  parseBackupName,
  weekOf,
} from '../../../src/main/durability/backupSchedule';

/** Daily backup names for `days` consecutive days ending at 2026-12-31. */
function days(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(2026, 11, 31 - i));
    return dailyBackupName(d.toISOString().slice(0, 10));
  });
}

describe('backup names', () => {
  it('round-trip and ignore other files', () => {
    expect(parseBackupName(dailyBackupName('2026-03-14'))).toEqual({ fileName: 'loket-2026-03-14.sqlite', date: '2026-03-14', kind: 'daily' });
    expect(parseBackupName(beforeMigrationBackupName('2026-03-14', 4))).toEqual({
      fileName: 'loket-2026-03-14-before-v5.sqlite',
      date: '2026-03-14',
      kind: 'before_migration',
    });
    for (const other of ['loket-2026-03-14.sqlite.partial', 'notes.txt', 'loket-2026-3-14.sqlite']) expect(parseBackupName(other)).toBeNull();
  });

  it('sort newest first', () => {
    expect(newestFirst(['loket-2026-01-02.sqlite', 'x', 'loket-2026-03-01.sqlite']).map((b) => b.date)).toEqual(['2026-03-01', '2026-01-02']);
  });

  it('are due once per office day', () => {
    expect(isBackupDue([], '2026-03-14')).toBe(true);
    expect(isBackupDue(['loket-2026-03-13.sqlite'], '2026-03-14')).toBe(true);
    expect(isBackupDue(['loket-2026-03-14.sqlite'], '2026-03-14')).toBe(false);
  });
});

describe('retention: 14 daily + 8 weekly + 3 before migrations', () => {
  it('keeps everything while there are few', () => {
    expect(backupsToDelete(days(14))).toEqual([]);
  });

  it('keeps the newest 14 days and one backup for each of the 8 newest weeks', () => {
    const all = days(120);
    const deleted = new Set(backupsToDelete(all));
    const kept = all.filter((n) => !deleted.has(n));
    // the 14 newest are all kept
    expect(all.slice(0, 14).every((n) => kept.includes(n))).toBe(true);
    const older = kept.slice(14);
    const weeks = new Set(kept.map((n) => weekOf(parseBackupName(n)?.date ?? '')));
    expect(weeks.size).toBe(8);
    // beyond the dailies, at most one per week, always the newest of that week
    expect(new Set(older.map((n) => weekOf(parseBackupName(n)?.date ?? ''))).size).toBe(older.length);
    expect(kept.length).toBeLessThanOrEqual(14 + 8);
    expect(all.length - kept.length).toBe(deleted.size);
  });

  it('keeps the three newest pre-migration copies', () => {
    const pre = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'].map((d, i) => beforeMigrationBackupName(d, i + 1));
    expect(backupsToDelete(pre)).toEqual(['loket-2026-01-01-before-v2.sqlite']);
  });

  it('groups by ISO week (Monday first)', () => {
    expect(weekOf('2026-12-06')).toBe('2026-11-30'); // Sunday
    expect(weekOf('2026-11-30')).toBe('2026-11-30'); // Monday
  });
});
