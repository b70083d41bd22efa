import type Database from 'better-sqlite3';

/**
 * Every table's row count and highest rowid, from sqlite_master: equal before and after a refused
 * request means the request changed nothing (no row added, removed or re-inserted).
 */
export function tableFingerprint(db: Database.Database): Record<string, { rows: number; maxRowid: number | null }> {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[];
  return Object.fromEntries(
    tables.map(({ name, sql }) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const rowid = /WITHOUT\s+ROWID/i.test(sql) ? 'NULL' : 'max(rowid)';
      const row = db.prepare(`SELECT count(*) AS rows, ${rowid} AS maxRowid FROM ${quoted}`).get() as { rows: number; maxRowid: number | null };
      return [name, row];
    }),
  );
}
