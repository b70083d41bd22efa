import type { Db } from './database';

export interface MetricDelta {
  serviceDate: string;
  metric: string;
  delta: number;
}

export interface DailyCounterRow {
  serviceDate: string;
  metric: string;
  value: number;
  changeSeq: number;
}

/**
 * Daily counters per (service date, metric), added to in the same transaction as the event they count.
 * change_seq lets the sync client push only what changed since its last acknowledged push.
 */
export class DailyCountersRepo {
  private readonly upsertStmt;
  private readonly maxSeqStmt;
  private readonly sinceStmt;
  private readonly forDateStmt;

  constructor(db: Db) {
    this.upsertStmt = db.prepare(
      `INSERT INTO daily_counters (service_date, metric, value, change_seq) VALUES (?, ?, ?, ?)
       ON CONFLICT (service_date, metric) DO UPDATE SET value = value + excluded.value, change_seq = excluded.change_seq`,
    );
    this.maxSeqStmt = db.prepare<[], { s: number | null }>('SELECT MAX(change_seq) AS s FROM daily_counters');
    this.sinceStmt = db.prepare<[number, number], { service_date: string; metric: string; value: number; change_seq: number }>(
      'SELECT * FROM daily_counters WHERE change_seq > ? ORDER BY change_seq, service_date, metric LIMIT ?',
    );
    this.forDateStmt = db.prepare<[string], { metric: string; value: number }>(
      'SELECT metric, value FROM daily_counters WHERE service_date = ? ORDER BY metric',
    );
  }

  /** Must run inside the transaction of the change being counted. */
  add(deltas: readonly MetricDelta[]): void {
    if (deltas.length === 0) return;
    const seq = (this.maxSeqStmt.get()?.s ?? 0) + 1;
    for (const d of deltas) this.upsertStmt.run(d.serviceDate, d.metric, d.delta, seq);
  }

  changedSince(changeSeq: number, limit: number): DailyCounterRow[] {
    return this.sinceStmt.all(changeSeq, limit).map((r) => ({
      serviceDate: r.service_date,
      metric: r.metric,
      value: r.value,
      changeSeq: r.change_seq,
    }));
  }

  forDate(serviceDate: string): Map<string, number> {
    return new Map(this.forDateStmt.all(serviceDate).map((r) => [r.metric, r.value]));
  }
}
