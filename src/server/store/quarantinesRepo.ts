import type { Queryable } from '../db/database';

export interface NewQuarantine {
  officeId: string;
  from: string;
  to: string;
  reason: string;
  adminId: number;
  now: Date;
}

export interface QuarantineRecord {
  id: number;
  officeId: string;
  from: string;
  to: string;
  reason: string;
  createdBy: string | null;
  createdAt: Date;
  liftedBy: string | null;
  liftedAt: Date | null;
  /** Counter rows of the office (all its replicas) dated within the range. */
  rows: number;
}

interface Row {
  id: number;
  office_id: string;
  from_date: string;
  to_date: string;
  reason: string;
  created_by: string | null;
  created_at: Date;
  lifted_by: string | null;
  lifted_at: Date | null;
  rows: number;
}

/** An administrator's holds on an office's rows for a day range; countersRepo leaves the active ones out. */
export const quarantinesRepo = {
  async insert(q: Queryable, n: NewQuarantine): Promise<number> {
    const [row] = await q.query<{ id: number }>(
      'INSERT INTO quarantines (office_id, from_date, to_date, reason, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [n.officeId, n.from, n.to, n.reason, n.adminId, n.now],
    );
    return (row as { id: number }).id;
  },
  /** Lifts an active quarantine; its office, or undefined when there is no such active quarantine. */
  async lift(q: Queryable, id: number, adminId: number, now: Date): Promise<string | undefined> {
    const [row] = await q.query<{ office_id: string }>(
      'UPDATE quarantines SET lifted_by = $2, lifted_at = $3 WHERE id = $1 AND lifted_at IS NULL RETURNING office_id',
      [id, adminId, now],
    );
    return row?.office_id;
  },
  /** An office's quarantines, active ones first, newest first. */
  async forOffice(q: Queryable, officeId: string): Promise<QuarantineRecord[]> {
    const rows = await q.query<Row>(
      `SELECT qu.id, qu.office_id, qu.from_date::text AS from_date, qu.to_date::text AS to_date, qu.reason,
         ca.username AS created_by, qu.created_at, la.username AS lifted_by, qu.lifted_at,
         (SELECT COUNT(*)::int4 FROM counters c JOIN kiosks k ON k.replica_id = c.replica_id
          WHERE k.office_id = qu.office_id AND c.date BETWEEN qu.from_date AND qu.to_date) AS rows
       FROM quarantines qu
       LEFT JOIN admins ca ON ca.id = qu.created_by
       LEFT JOIN admins la ON la.id = qu.lifted_by
       WHERE qu.office_id = $1
       ORDER BY qu.lifted_at IS NOT NULL, qu.id DESC`,
      [officeId],
    );
    return rows.map((r) => ({
      id: r.id,
      officeId: r.office_id,
      from: r.from_date,
      to: r.to_date,
      reason: r.reason,
      createdBy: r.created_by,
      createdAt: new Date(r.created_at),
      liftedBy: r.lifted_by,
      liftedAt: r.lifted_at && new Date(r.lifted_at),
      rows: r.rows,
    }));
  },
  /** Offices with an active quarantine overlapping [from, to]: their figures in that range leave some days out. */
  async officesWithin(q: Queryable, from: string, to: string): Promise<Set<string>> {
    const rows = await q.query<{ office_id: string }>(
      'SELECT DISTINCT office_id FROM quarantines WHERE lifted_at IS NULL AND from_date <= $2::date AND to_date >= $1::date',
      [from, to],
    );
    return new Set(rows.map((r) => r.office_id));
  },
};
