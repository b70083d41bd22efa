import type Database from 'better-sqlite3';

/** SQLite's result codes for a file that is not (or no longer) a sound database. */
export function isCorruptionError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

/**
 * PRAGMA quick_check: the structural check of every page, in seconds even for a year of tickets.
 * Returns null when the database is sound, otherwise SQLite's first findings.
 */
export function quickCheckProblems(db: Database.Database): string | null {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  const findings = rows.map((r) => r.quick_check);
  return findings.length === 1 && findings[0] === 'ok' ? null : findings.join('; ');
}

/** What the office IT officer reads when the kiosk refuses to serve from a damaged database. */
export function damagedDatabaseMessage(dbFile: string, detail: string, newestBackup: string | null): string {
  const lines = [
    `The office database ${dbFile} is damaged (${detail}).`,
    'Loket will not serve from it, so that no ticket number is ever given twice.',
  ];
  if (newestBackup) {
    lines.push(
      `Restore the newest backup, ${newestBackup}:`,
      `  installed kiosk:  Loket --restore "${newestBackup}"`,
      `  browser mode:     npm run restore -- "${newestBackup}"`,
      'The damaged file is kept beside it for inspection. docs/backups.md: "When the database is damaged".',
    );
  } else {
    lines.push('There is no backup in the data folder\'s "backups" folder yet. docs/backups.md: "When the database is damaged".');
  }
  return lines.join('\n');
}
