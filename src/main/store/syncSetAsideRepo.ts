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

/** The rows set aside for one date under one code: what the supervisor settles at once. */
export interface SetAsideDate {
  date: string;
  code: string;
  rows: number;
  reason: string;
}

type Raw = { service_date: string; metric: string; value: number; code: string; reason: string; set_aside_at: number };

/** Rows kept aside from the city push (migration 007); the pending queries of DailyCountersRepo skip them. */
export class SyncSetAsideRepo {
  private readonly putStmt;
  private readonly countStmt;
  private readonly listStmt;
  private readonly requeueStmt;
  private readonly clearStmt;
  private readonly requeueDatesStmt;
  private readonly removeDatesStmt;
  private readonly datesStmt;

  constructor(db: Db) {
    this.putStmt = db.prepare(
      `INSERT INTO sync_set_aside (service_date, metric, value, code, reason, set_aside_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (service_date, metric) DO UPDATE SET value = excluded.value, code = excluded.code, reason = excluded.reason, set_aside_at = excluded.set_aside_at`,
    );
    // Codes travel as one JSON array, like dates below: a statement for any number of them.
    this.countStmt = db.prepare<[string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM sync_set_aside WHERE (code IN (SELECT value FROM json_each(?))) = (? = \'in\')',
    );
    this.listStmt = db.prepare<[string, number], Raw>(
      'SELECT * FROM sync_set_aside WHERE code NOT IN (SELECT value FROM json_each(?)) ORDER BY service_date, metric LIMIT ?',
    );
    this.requeueStmt = db.prepare<[number]>(
      'UPDATE daily_counters SET change_seq = ? WHERE (service_date, metric) IN (SELECT service_date, metric FROM sync_set_aside)',
    );
    this.clearStmt = db.prepare('DELETE FROM sync_set_aside');
    // Dates travel as one JSON array: a statement for any number of them.
    this.requeueDatesStmt = db.prepare<[number, string]>(
      `UPDATE daily_counters SET change_seq = ? WHERE (service_date, metric) IN
         (SELECT service_date, metric FROM sync_set_aside WHERE service_date IN (SELECT value FROM json_each(?)))`,
    );
    this.removeDatesStmt = db.prepare<[string]>('DELETE FROM sync_set_aside WHERE service_date IN (SELECT value FROM json_each(?))');
    this.datesStmt = db.prepare<[string, string, number], SetAsideDate>(
      `SELECT service_date AS date, code, COUNT(*) AS rows, MIN(reason) AS reason FROM sync_set_aside
       WHERE code IN (?, ?) GROUP BY service_date, code ORDER BY service_date LIMIT ?`,
    );
  }

  /** Must run inside a transaction. */
  put(rows: readonly SetAsideRow[]): void {
    for (const r of rows) this.putStmt.run(r.date, r.metric, r.value, r.code, r.reason, r.at);
  }

  /** Rows set aside with one of `codes` (in), or with any other code (not in). */
  count(codes: readonly string[], which: 'in' | 'not in'): number {
    return this.countStmt.get(JSON.stringify(codes), which)?.n ?? 0;
  }

  /** The first rows by date without the given codes, for the supervisor's list. */
  list(excludeCodes: readonly string[], limit: number): SetAsideRow[] {
    return this.listStmt.all(JSON.stringify(excludeCodes), limit).map((r) => ({ date: r.service_date, metric: r.metric, value: r.value, code: r.code, reason: r.reason, at: r.set_aside_at }));
  }

  /** Dates whose rows wait for the supervisor's word on the date (either of the two codes), oldest first. */
  dates(codes: readonly string[], limit: number | 'all'): SetAsideDate[] {
    // SQLite reads a negative LIMIT as no limit.
    return this.datesStmt.all(codes[0] ?? '', codes[1] ?? '', limit === 'all' ? -1 : limit);
  }

  /** Must run inside a transaction: the rows of these dates become pending again as change `seq`. */
  requeueDates(dates: readonly string[], seq: number): number {
    const list = JSON.stringify(dates);
    this.requeueDatesStmt.run(seq, list);
    return this.removeDatesStmt.run(list).changes;
  }

  /**
   * Must run inside a transaction: the rows of these dates leave the list and the queue for good (change
   * 0 is behind any acknowledgement; a later change to such a row makes it pending, and checked, again).
   */
  removeDates(dates: readonly string[]): number {
    const list = JSON.stringify(dates);
    this.requeueDatesStmt.run(0, list);
    return this.removeDatesStmt.run(list).changes;
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
