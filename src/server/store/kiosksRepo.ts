import type { Queryable } from '../db/database';

export interface KioskRecord {
  id: string;
  officeId: string;
  replicaId: string;
  label: string;
  publicKey: string;
  rotateRequested: boolean;
  /** The enrolment and the token rotation last applied, by the kiosk's request id. */
  enrolRequestId: string | null;
  rotateRequestId: string | null;
  revokedAt: Date | null;
  enrolledAt: Date;
  lastPushAt: Date | null;
  highSeq: number;
}

interface Row {
  id: string;
  office_id: string;
  replica_id: string;
  label: string;
  public_key: string;
  rotate_requested: boolean;
  enrol_request_id: string | null;
  rotate_request_id: string | null;
  revoked_at: Date | null;
  enrolled_at: Date;
  last_push_at: Date | null;
  high_seq: number;
}

const COLUMNS =
  'id, office_id, replica_id, label, public_key, rotate_requested, enrol_request_id, rotate_request_id, revoked_at, enrolled_at, last_push_at, high_seq';

function toRecord(r: Row): KioskRecord {
  return {
    id: r.id,
    officeId: r.office_id,
    replicaId: r.replica_id,
    label: r.label,
    publicKey: r.public_key,
    rotateRequested: r.rotate_requested,
    enrolRequestId: r.enrol_request_id,
    rotateRequestId: r.rotate_request_id,
    revokedAt: r.revoked_at && new Date(r.revoked_at),
    enrolledAt: new Date(r.enrolled_at),
    lastPushAt: r.last_push_at && new Date(r.last_push_at),
    highSeq: Number(r.high_seq),
  };
}

export interface NewKiosk {
  id: string;
  officeId: string;
  replicaId: string;
  label: string;
  publicKey: string;
  tokenHash: string;
  enrolRequestId: string;
}

/** Enrolled kiosks (one per replica) with their token hashes; tokens themselves are never stored. */
export const kiosksRepo = {
  async byReplica(q: Queryable, replicaId: string): Promise<KioskRecord | undefined> {
    const [row] = await q.query<Row>(`SELECT ${COLUMNS} FROM kiosks WHERE replica_id = $1`, [replicaId]);
    return row && toRecord(row);
  },
  async byId(q: Queryable, id: string): Promise<KioskRecord | undefined> {
    const [row] = await q.query<Row>(`SELECT ${COLUMNS} FROM kiosks WHERE id = $1`, [id]);
    return row && toRecord(row);
  },
  /** The kiosk holding this token (current or pending) and which of the two it is. */
  async byTokenHash(q: Queryable, tokenHash: string): Promise<{ kiosk: KioskRecord; pending: boolean } | undefined> {
    const [row] = await q.query<Row & { pending: boolean }>(
      `SELECT ${COLUMNS}, pending_token_hash = $1 AS pending FROM kiosks WHERE token_hash = $1 OR pending_token_hash = $1`,
      [tokenHash],
    );
    return row && { kiosk: toRecord(row), pending: row.pending === true };
  },
  async forOffice(q: Queryable, officeId: string): Promise<KioskRecord[]> {
    return (await q.query<Row>(`SELECT ${COLUMNS} FROM kiosks WHERE office_id = $1 ORDER BY enrolled_at`, [officeId])).map(toRecord);
  },
  /** Every kiosk still enrolled (not revoked): the dashboard's list of offices whose last push is old. */
  async active(q: Queryable): Promise<KioskRecord[]> {
    return (await q.query<Row>(`SELECT ${COLUMNS} FROM kiosks WHERE revoked_at IS NULL ORDER BY office_id, enrolled_at`)).map(toRecord);
  },
  async insert(q: Queryable, k: NewKiosk): Promise<void> {
    await q.query(
      'INSERT INTO kiosks (id, office_id, replica_id, label, public_key, token_hash, enrol_request_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [k.id, k.officeId, k.replicaId, k.label, k.publicKey, k.tokenHash, k.enrolRequestId],
    );
  },
  /** A re-enrolment of a known replica: new token and key, no longer revoked. */
  async reenrol(q: Queryable, id: string, label: string, publicKey: string, tokenHash: string, enrolRequestId: string): Promise<void> {
    await q.query(
      `UPDATE kiosks SET label = $2, public_key = $3, token_hash = $4, pending_token_hash = NULL, rotate_requested = false,
       rotate_request_id = NULL, enrol_request_id = $5, revoked_at = NULL, enrolled_at = now() WHERE id = $1`,
      [id, label, publicKey, tokenHash, enrolRequestId],
    );
  },
  /** The kiosk used its new token: it becomes the only one, and the rotation asked for is done. */
  async promotePending(q: Queryable, id: string, tokenHash: string): Promise<void> {
    await q.query(
      `UPDATE kiosks SET token_hash = pending_token_hash, pending_token_hash = NULL, rotate_requested = false, rotate_request_id = NULL
       WHERE id = $1 AND pending_token_hash = $2`,
      [id, tokenHash],
    );
  },
  /** The rotation asked for stays asked for until the new token is used, so a lost reply is retried. */
  async setPendingToken(q: Queryable, id: string, tokenHash: string, rotateRequestId: string): Promise<void> {
    await q.query('UPDATE kiosks SET pending_token_hash = $2, rotate_request_id = $3 WHERE id = $1', [id, tokenHash, rotateRequestId]);
  },
  async pendingTokenHash(q: Queryable, id: string): Promise<string | null> {
    const [row] = await q.query<{ pending_token_hash: string | null }>('SELECT pending_token_hash FROM kiosks WHERE id = $1', [id]);
    return row?.pending_token_hash ?? null;
  },
  async requestRotation(q: Queryable, id: string): Promise<boolean> {
    return (await q.query('UPDATE kiosks SET rotate_requested = true WHERE id = $1 AND revoked_at IS NULL RETURNING id', [id])).length === 1;
  },
  async revoke(q: Queryable, id: string, now: Date): Promise<boolean> {
    const rows = await q.query(
      'UPDATE kiosks SET revoked_at = $2, pending_token_hash = NULL WHERE id = $1 AND revoked_at IS NULL RETURNING id',
      [id, now],
    );
    return rows.length === 1;
  },
};
