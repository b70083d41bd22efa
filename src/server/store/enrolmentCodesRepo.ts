import type { Queryable } from '../db/database';

/** One-time, expiring enrolment codes, stored as SHA-256. */
export const enrolmentCodesRepo = {
  async insert(q: Queryable, codeHash: string, officeId: string, expiresAt: Date): Promise<void> {
    await q.query('INSERT INTO enrolment_codes (code_hash, office_id, expires_at) VALUES ($1, $2, $3)', [codeHash, officeId, expiresAt]);
  },
  /** Marks the code used and returns its office, or undefined when it is unknown, used or expired. */
  async consume(q: Queryable, codeHash: string, replicaId: string, now: Date): Promise<string | undefined> {
    const [row] = await q.query<{ office_id: string }>(
      `UPDATE enrolment_codes SET used_at = $3, used_by_replica = $2
       WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $3 RETURNING office_id`,
      [codeHash, replicaId, now],
    );
    return row?.office_id;
  },
  /** The office of a code this very replica already used: a retried enrolment whose reply was lost. */
  async usedBy(q: Queryable, codeHash: string, replicaId: string): Promise<string | undefined> {
    const [row] = await q.query<{ office_id: string }>(
      'SELECT office_id FROM enrolment_codes WHERE code_hash = $1 AND used_by_replica = $2',
      [codeHash, replicaId],
    );
    return row?.office_id;
  },
  async openFor(q: Queryable, officeId: string, now: Date): Promise<{ expiresAt: Date }[]> {
    const rows = await q.query<{ expires_at: Date }>(
      'SELECT expires_at FROM enrolment_codes WHERE office_id = $1 AND used_at IS NULL AND expires_at > $2 ORDER BY expires_at',
      [officeId, now],
    );
    return rows.map((r) => ({ expiresAt: new Date(r.expires_at) }));
  },
};
