import type { Queryable } from '../db/database';

/** Admin sign-in sessions, by the SHA-256 of the cookie value. */
export const adminSessionsRepo = {
  async insert(q: Queryable, tokenHash: string, adminId: number, expiresAt: Date): Promise<void> {
    await q.query('INSERT INTO admin_sessions (token_hash, admin_id, expires_at) VALUES ($1, $2, $3)', [tokenHash, adminId, expiresAt]);
  },
  async find(q: Queryable, tokenHash: string, now: Date): Promise<{ adminId: number; username: string } | undefined> {
    const [row] = await q.query<{ admin_id: number; username: string }>(
      `SELECT s.admin_id, a.username FROM admin_sessions s JOIN admins a ON a.id = s.admin_id
       WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [tokenHash, now],
    );
    return row && { adminId: row.admin_id, username: row.username };
  },
  /** Sessions past their expiry are never read again; each sign-in clears them so the table stays small. */
  async deleteExpired(q: Queryable, now: Date): Promise<void> {
    await q.query('DELETE FROM admin_sessions WHERE expires_at <= $1', [now]);
  },
  async delete(q: Queryable, tokenHash: string): Promise<void> {
    await q.query('DELETE FROM admin_sessions WHERE token_hash = $1', [tokenHash]);
  },
};
