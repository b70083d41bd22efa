import type { Db } from './database';

/** A counter row the city refused, with the city's reason for it (English; the panel names the code in both languages). */
export interface SetAsideRow {
  date: string;
  metric: string;
  /** The value the city refused (the kiosk's own row may have grown since). */
  value: number;
  /** The refusal's code: invalid_rows or date_in_future. */
  code: string;
  reason: string;
  at: number;
}

type Raw = { service_date: string; metric: string; value: number; code: string; reason: string; set_aside_at: number };

/** Rows kept aside from the city push (migration 007); the pending queries of DailyCountersRepo skip them. */
export class SyncSetAsideRepo {
  private readonly putStmt;
  private readonly countStmt;
  private readonly listStmt;
  private readonly requeueStmt;
  private readonly clearStmt;

  constructor(db: Db) {
    this.putStmt = db.prepare(
      `INSERT INTO sync_set_aside (service_date, metric, value, code, reason, set_aside_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (service_date, metric) DO UPDATE SET value = excluded.value, code = excluded.code, reason = excluded.reason, set_aside_at = excluded.set_aside_at`,
    );
    this.countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM sync_set_aside');
    this.listStmt = db.prepare<[number], Raw>('SELECT * FROM sync_set_aside ORDER BY service_date, metric LIMIT ?');
    this.requeueStmt = db.prepare<[number]>(
      'UPDATE daily_counters SET change_seq = ? WHERE (service_date, metric) IN (SELECT service_date, metric FROM sync_set_aside)',
    );
    this.clearStmt = db.prepare('DELETE FROM sync_set_aside');
  }

  /** Must run inside a transaction. */
  put(rows: readonly SetAsideRow[]): void {
    for (const r of rows) this.putStmt.run(r.date, r.metric, r.value, r.code, r.reason, r.at);
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }

  /** The first rows by date, for the supervisor's list. */
  list(limit: number): SetAsideRow[] {
    return this.listStmt.all(limit).map((r) => ({ date: r.service_date, metric: r.metric, value: r.value, code: r.code, reason: r.reason, at: r.set_aside_at }));
  }

  /**
   * Must run inside a transaction: every row set aside becomes pending again as change `seq` (the next
   * change, so the rows are sent after everything already waiting), and the list is emptied.
   */
  requeueAll(seq: number): number {
    this.requeueStmt.run(seq);
    return this.clearStmt.run().changes;
  }
}
