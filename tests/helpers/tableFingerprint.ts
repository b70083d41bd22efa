import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export interface TableFingerprint {
  rows: number;
  maxRowid: number | null;
  /** SHA-256 of every row, in rowid order: an update in place shows too. */
  content: string;
}

/**
 * Every table's row count, highest rowid and content digest, from sqlite_master: equal before and after a
 * refused request means the request changed nothing (no row added, removed, re-inserted or updated).
 */
export function tableFingerprint(db: Database.Database): Record<string, TableFingerprint> {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[];
  return Object.fromEntries(
    tables.map(({ name, sql }) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const withRowid = !/WITHOUT\s+ROWID/i.test(sql);
      const row = db.prepare(`SELECT count(*) AS rows, ${withRowid ? 'max(rowid)' : 'NULL'} AS maxRowid FROM ${quoted}`).get() as {
        rows: number;
        maxRowid: number | null;
      };
      const all = db.prepare(`SELECT * FROM ${quoted}${withRowid ? ' ORDER BY rowid' : ''}`).all();
      return [name, { ...row, content: createHash('sha256').update(JSON.stringify(all)).digest('hex') }];
    }),
  );
}
