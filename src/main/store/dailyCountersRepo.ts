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

/** Where the rows already sent end: every change up to changeSeq, or, inside changeSeq, every row up to `within`. */
export interface SentUpTo {
  changeSeq: number;
  within: { serviceDate: string; metric: string } | null;
}

type Raw = { service_date: string; metric: string; value: number; change_seq: number };

/** Rows the city refused wait in sync_set_aside and are not pending until the supervisor sends them again. */
const NOT_SET_ASIDE = 'NOT EXISTS (SELECT 1 FROM sync_set_aside s WHERE s.service_date = d.service_date AND s.metric = d.metric)';

/**
 * Daily counters per (service date, metric), added to in the same transaction as the event they count.
 * change_seq lets the sync client push only what changed since its last acknowledged push.
 */
export class DailyCountersRepo {
  private readonly upsertStmt;
  private readonly maxSeqStmt;
  private readonly pendingStmt;
  private readonly pendingCountStmt;
  private readonly pendingDaysStmt;
  private readonly forDateStmt;
  private readonly listeners = new Set<() => void>();

  constructor(db: Db) {
    this.upsertStmt = db.prepare(
      `INSERT INTO daily_counters (service_date, metric, value, change_seq) VALUES (?, ?, ?, ?)
       ON CONFLICT (service_date, metric) DO UPDATE SET value = value + excluded.value, change_seq = excluded.change_seq`,
    );
    this.maxSeqStmt = db.prepare<[], { s: number | null }>('SELECT MAX(change_seq) AS s FROM daily_counters');
    this.pendingStmt = db.prepare<{ seq: number; split: number; date: string; metric: string; limit: number }, Raw>(
      `SELECT d.* FROM daily_counters d
       WHERE d.change_seq >= @seq AND (d.change_seq > @seq OR (@split AND (d.service_date, d.metric) > (@date, @metric))) AND ${NOT_SET_ASIDE}
       ORDER BY d.change_seq, d.service_date, d.metric LIMIT @limit`,
    );
    this.pendingCountStmt = db.prepare<[number], { n: number }>(`SELECT COUNT(*) AS n FROM daily_counters d WHERE d.change_seq > ? AND ${NOT_SET_ASIDE}`);
    this.pendingDaysStmt = db.prepare<[number], { days: number; oldest: string | null }>(
      `SELECT COUNT(DISTINCT d.service_date) AS days, MIN(d.service_date) AS oldest FROM daily_counters d WHERE d.change_seq > ? AND ${NOT_SET_ASIDE}`,
    );
    this.forDateStmt = db.prepare<[string], { metric: string; value: number }>(
      'SELECT metric, value FROM daily_counters WHERE service_date = ? ORDER BY metric',
    );
  }

  /** Must run inside the transaction of the change being counted. */
  add(deltas: readonly MetricDelta[]): void {
    if (deltas.length === 0) return;
    const seq = this.nextSeq();
    for (const d of deltas) this.upsertStmt.run(d.serviceDate, d.metric, d.delta, seq);
    for (const listener of this.listeners) {
      // A listener only schedules work (the city push); its failure must never undo the change counted.
      try {
        listener();
      } catch (err) {
        console.error('[store] daily counter listener failed', err);
      }
    }
  }

  /** The change sequence the next change gets. */
  nextSeq(): number {
    return (this.maxSeqStmt.get()?.s ?? 0) + 1;
  }

  /**
   * Called whenever rows were added, whoever added them (tickets, ratings, the day's close). It runs
   * inside the writer's transaction, so it must only schedule work that reads after the commit.
   */
  onAdd(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Rows still to send after `sent`, in sending order (change, date, metric), without the rows set aside. */
  pendingAfter(sent: SentUpTo, limit: number): DailyCounterRow[] {
    const within = sent.within;
    return this.pendingStmt
      .all({ seq: sent.changeSeq, split: within ? 1 : 0, date: within?.serviceDate ?? '', metric: within?.metric ?? '', limit })
      .map(toRow);
  }

  /** Rows changed after the acknowledged change, without the rows set aside. */
  pendingCount(ackedSeq: number): number {
    return this.pendingCountStmt.get(ackedSeq)?.n ?? 0;
  }

  /** The service days those rows belong to: what a supervisor understands ("3 days not sent since …"). */
  pendingDays(ackedSeq: number): { count: number; oldest: string | null } {
    const row = this.pendingDaysStmt.get(ackedSeq);
    return { count: row?.days ?? 0, oldest: row?.oldest ?? null };
  }

  forDate(serviceDate: string): Map<string, number> {
    return new Map(this.forDateStmt.all(serviceDate).map((r) => [r.metric, r.value]));
  }
}

function toRow(r: Raw): DailyCounterRow {
  return { serviceDate: r.service_date, metric: r.metric, value: r.value, changeSeq: r.change_seq };
}
