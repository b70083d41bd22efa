import type { Queryable } from '../db/database';

export interface CounterValue {
  date: string;
  metric: string;
  value: number;
}

export interface OfficeSum {
  officeId: string;
  metric: string;
  /** Sum over the range and the office's replicas (exact below 2^53; a bound check rules out the rest). */
  sum: number;
  /** The greatest single day's value of one replica, for the bound check. */
  max: number;
}

/** A stored row above its bound, with the active quarantine holding it back, if any. */
export interface OverBoundRow extends CounterValue {
  quarantineId: number | null;
}

/** Rows of a counter `c` joined to its kiosk `k` that an administrator holds back (quarantinesRepo). */
const ACTIVE_QUARANTINE = `SELECT q.id FROM quarantines q
  WHERE q.office_id = k.office_id AND q.lifted_at IS NULL AND c.date BETWEEN q.from_date AND q.to_date`;

/** The central counters: one absolute value per (replica, date, metric), only ever raised. */
export const countersRepo = {
  /** The stored values of the given rows (those that exist). */
  async current(q: Queryable, replicaId: string, rows: readonly CounterValue[]): Promise<Map<string, number>> {
    if (rows.length === 0) return new Map();
    const found = await q.query<{ date: string; metric: string; value: number }>(
      `SELECT c.date::text AS date, c.metric, c.value FROM counters c
       JOIN unnest($2::date[], $3::text[]) AS t(d, m) ON c.date = t.d AND c.metric = t.m
       WHERE c.replica_id = $1`,
      [replicaId, rows.map((r) => r.date), rows.map((r) => r.metric)],
    );
    return new Map(found.map((r) => [`${r.date}|${r.metric}`, Number(r.value)]));
  },
  /** Upserts every row keeping the greater value (GREATEST), so a retry or a stale copy changes nothing. */
  async raise(q: Queryable, replicaId: string, rows: readonly CounterValue[]): Promise<void> {
    if (rows.length === 0) return;
    await q.query(
      `INSERT INTO counters (replica_id, date, metric, value)
       SELECT $1, t.d, t.m, t.v FROM unnest($2::date[], $3::text[], $4::int8[]) AS t(d, m, v)
       ON CONFLICT (replica_id, date, metric)
       DO UPDATE SET value = GREATEST(counters.value, excluded.value), updated_at = now()
       WHERE excluded.value > counters.value`,
      [replicaId, rows.map((r) => r.date), rows.map((r) => r.metric), rows.map((r) => r.value)],
    );
  },
  /**
   * Sums per office and metric over a date range (inclusive), across all of an office's replicas,
   * leaving out quarantined rows. The sum is numeric, so no stored value can make the query overflow.
   */
  async sumsByOffice(q: Queryable, from: string, to: string): Promise<OfficeSum[]> {
    const rows = await q.query<{ office_id: string; metric: string; sum: string; max: string }>(
      `SELECT k.office_id, c.metric, SUM(c.value)::text AS sum, MAX(c.value)::text AS max FROM counters c
       JOIN kiosks k ON k.replica_id = c.replica_id
       WHERE c.date BETWEEN $1::date AND $2::date AND NOT EXISTS (${ACTIVE_QUARANTINE})
       GROUP BY k.office_id, c.metric`,
      [from, to],
    );
    return rows.map((r) => ({ officeId: r.office_id, metric: r.metric, sum: Number(r.sum), max: Number(r.max) }));
  },
  /**
   * An office's rows above their bound (given per metric name prefix), newest first, quarantined or
   * not: what the administrator needs to see to decide which days to hold back.
   */
  async overBound(q: Queryable, officeId: string, bounds: readonly { prefix: string; max: number }[], limit: number): Promise<OverBoundRow[]> {
    const rows = await q.query<{ date: string; metric: string; value: string; quarantine_id: number | null }>(
      `SELECT c.date::text AS date, c.metric, c.value::text AS value, (${ACTIVE_QUARANTINE} ORDER BY q.id LIMIT 1) AS quarantine_id
       FROM counters c
       JOIN kiosks k ON k.replica_id = c.replica_id
       JOIN unnest($2::text[], $3::int8[]) AS b(prefix, max) ON starts_with(c.metric, b.prefix) AND c.value > b.max
       WHERE k.office_id = $1
       ORDER BY c.date DESC, c.metric
       LIMIT $4`,
      [officeId, bounds.map((b) => b.prefix), bounds.map((b) => b.max), limit],
    );
    return rows.map((r) => ({ date: r.date, metric: r.metric, value: Number(r.value), quarantineId: r.quarantine_id }));
  },
  /** Every value of one replica (tests and the admin's kiosk view). */
  async forReplica(q: Queryable, replicaId: string): Promise<CounterValue[]> {
    const rows = await q.query<{ date: string; metric: string; value: number }>(
      'SELECT date::text AS date, metric, value FROM counters WHERE replica_id = $1 ORDER BY date, metric',
      [replicaId],
    );
    return rows.map((r) => ({ date: r.date, metric: r.metric, value: Number(r.value) }));
  },
};
