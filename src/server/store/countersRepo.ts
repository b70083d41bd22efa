import type { Queryable } from '../db/database';

export interface CounterValue {
  date: string;
  metric: string;
  value: number;
}

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
  /** Sums per office and metric over a date range (inclusive), across all of an office's replicas. */
  async sumsByOffice(q: Queryable, from: string, to: string): Promise<{ officeId: string; metric: string; value: number }[]> {
    const rows = await q.query<{ office_id: string; metric: string; value: number }>(
      `SELECT k.office_id, c.metric, SUM(c.value)::int8 AS value FROM counters c
       JOIN kiosks k ON k.replica_id = c.replica_id
       WHERE c.date BETWEEN $1::date AND $2::date
       GROUP BY k.office_id, c.metric`,
      [from, to],
    );
    return rows.map((r) => ({ officeId: r.office_id, metric: r.metric, value: Number(r.value) }));
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
