import type { OlderRow } from '../../shared/sync/protocol';
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

/**
 * How one pushed batch went. Only `stored` wrote anything. `stale`: another push of the same kiosk was
 * stored while this one waited for the kiosk's lock, so its comparison is out of date; run it again.
 */
export type BatchOutcome = 'stored' | 'unknown' | 'revoked' | 'replica_mismatch' | 'stale' | 'counts_went_backwards';

export interface BatchResult {
  outcome: BatchOutcome;
  /** The kiosk's own replica (null when the kiosk is unknown). */
  replicaId: string | null;
  rotateRequested: boolean;
  /** Rows above the stored value (or new), equal to it, and below it (in batch order). */
  applied: number;
  unchanged: number;
  older: OlderRow[];
}

/**
 * One batch in one statement (one round trip, no explicit transaction): lock the kiosk, compare every row
 * with its stored value, and only when the batch is acceptable raise the rows (GREATEST) and the kiosk's
 * high-water mark. Every part of a statement reads one snapshot taken before the lock was granted, so a
 * push that waited for another push of its kiosk would compare with values from before that one: the
 * kiosk row's version, as seen in the snapshot and once locked, tells (`stale`).
 */
const APPLY_BATCH = `
WITH seen AS (
  SELECT xmin::text AS version FROM kiosks WHERE id = $1
), kiosk AS MATERIALIZED (
  SELECT replica_id, revoked_at, rotate_requested, high_seq, xmin::text AS version FROM kiosks WHERE id = $1 FOR UPDATE
), batch AS MATERIALIZED (
  SELECT t.ord, t.d, t.m, t.v, c.value AS stored
  FROM unnest($5::date[], $6::text[], $7::int8[]) WITH ORDINALITY AS t(d, m, v, ord)
  LEFT JOIN counters c ON c.replica_id = $2::uuid AND c.date = t.d AND c.metric = t.m
), verdict AS MATERIALIZED (
  SELECT CASE
      WHEN k.replica_id IS NULL THEN 'unknown'
      WHEN k.revoked_at IS NOT NULL THEN 'revoked'
      WHEN k.replica_id <> $2::uuid THEN 'replica_mismatch'
      WHEN k.version IS DISTINCT FROM s.version THEN 'stale'
      WHEN $3::int8 >= k.high_seq AND EXISTS (SELECT 1 FROM batch WHERE v < stored) THEN 'counts_went_backwards'
      ELSE 'stored'
    END AS outcome,
    k.replica_id::text AS replica_id, coalesce(k.rotate_requested, false) AS rotate_requested
  FROM (VALUES (1)) AS one(x) LEFT JOIN kiosk k ON true LEFT JOIN seen s ON true
), raised AS (
  INSERT INTO counters (replica_id, date, metric, value)
  SELECT $2::uuid, d, m, v FROM batch WHERE (stored IS NULL OR v > stored) AND (SELECT outcome FROM verdict) = 'stored'
  ON CONFLICT (replica_id, date, metric)
  DO UPDATE SET value = GREATEST(counters.value, excluded.value), updated_at = now()
  WHERE excluded.value > counters.value
), pushed AS (
  UPDATE kiosks SET high_seq = GREATEST(high_seq, $3::int8), last_push_at = $4
  WHERE id = $1 AND (SELECT outcome FROM verdict) = 'stored'
)
SELECT v.outcome, v.replica_id, v.rotate_requested, b.applied, b.unchanged, b.older
FROM verdict v, (
  SELECT count(*) FILTER (WHERE stored IS NULL OR v > stored)::int AS applied,
    count(*) FILTER (WHERE v = stored)::int AS unchanged,
    coalesce(json_agg(json_build_object('date', d::text, 'metric', m, 'value', v, 'stored', stored) ORDER BY ord) FILTER (WHERE v < stored), '[]'::json) AS older
  FROM batch
) b`;

/** Rows of a counter `c` joined to its kiosk `k` that an administrator holds back (quarantinesRepo). */
const ACTIVE_QUARANTINE = `SELECT q.id FROM quarantines q
  WHERE q.office_id = k.office_id AND q.lifted_at IS NULL AND c.date BETWEEN q.from_date AND q.to_date`;

/** The central counters: one absolute value per (replica, date, metric), only ever raised. */
export const countersRepo = {
  /** Applies one kiosk's batch of absolute values, or nothing of it (see APPLY_BATCH). */
  async applyBatch(q: Queryable, kioskId: string, replicaId: string, through: number, rows: readonly CounterValue[], now: Date): Promise<BatchResult> {
    const [found] = await q.query<{ outcome: BatchOutcome; replica_id: string | null; rotate_requested: boolean; applied: number; unchanged: number; older: OlderRow[] }>(
      APPLY_BATCH,
      [kioskId, replicaId, through, now, rows.map((r) => r.date), rows.map((r) => r.metric), rows.map((r) => r.value)],
    );
    if (!found) throw new Error('the batch statement returned no row');
    return {
      outcome: found.outcome,
      replicaId: found.replica_id,
      rotateRequested: found.rotate_requested,
      applied: found.applied,
      unchanged: found.unchanged,
      older: found.older,
    };
  },
  /** Upserts every row keeping the greater value (GREATEST), so a retry or a stale copy changes nothing (tests seed stored values with it). */
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
   * The dashboard's daily trend and per-day export: per office and day, the ticket and wait counters with
   * the service (and a ticket's priority reason) folded into one name (`tickets.issued.ALL.regular`,
   * `wait.hist.ALL.le15`), so a semester of a whole city stays a few rows per office-day. `max` is still
   * the greatest single stored value, for the bound check. Ratings are left out: a day's IKM is no IKM.
   */
  async dailyWaitsByOffice(q: Queryable, from: string, to: string): Promise<(OfficeSum & { date: string })[]> {
    const rows = await q.query<{ office_id: string; date: string; metric: string; sum: string; max: string }>(
      `SELECT k.office_id, c.date::text AS date,
         CASE WHEN starts_with(c.metric, 'tickets.') THEN 'tickets.' || split_part(c.metric, '.', 2) || '.ALL.regular'
              WHEN starts_with(c.metric, 'wait.hist.') THEN 'wait.hist.ALL.' || split_part(c.metric, '.', 4)
              ELSE 'wait.' || split_part(c.metric, '.', 2) || '.ALL' END AS metric,
         SUM(c.value)::text AS sum, MAX(c.value)::text AS max FROM counters c
       JOIN kiosks k ON k.replica_id = c.replica_id
       WHERE c.date BETWEEN $1::date AND $2::date AND (starts_with(c.metric, 'tickets.') OR starts_with(c.metric, 'wait.'))
         AND NOT EXISTS (${ACTIVE_QUARANTINE})
       GROUP BY 1, 2, 3`,
      [from, to],
    );
    return rows.map((r) => ({ officeId: r.office_id, date: r.date, metric: r.metric, sum: Number(r.sum), max: Number(r.max) }));
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
