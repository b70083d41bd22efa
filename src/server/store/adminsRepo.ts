import type { Queryable } from '../db/database';

export interface AdminRecord {
  id: number;
  username: string;
  passwordHash: string;
}

/** City administrators (argon2id password hashes only). */
export const adminsRepo = {
  async count(q: Queryable): Promise<number> {
    const [row] = await q.query<{ n: number }>('SELECT COUNT(*)::int4 AS n FROM admins');
    return row?.n ?? 0;
  },
  async insertIfNone(q: Queryable, username: string, passwordHash: string): Promise<boolean> {
    const rows = await q.query(
      'INSERT INTO admins (username, password_hash) SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM admins) RETURNING id',
      [username, passwordHash],
    );
    return rows.length === 1;
  },
  async byUsername(q: Queryable, username: string): Promise<AdminRecord | undefined> {
    const [row] = await q.query<{ id: number; username: string; password_hash: string }>(
      'SELECT id, username, password_hash FROM admins WHERE username = $1',
      [username],
    );
    return row && { id: row.id, username: row.username, passwordHash: row.password_hash };
  },
};
