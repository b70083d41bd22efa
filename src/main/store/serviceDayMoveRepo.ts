import type { Db } from './database';

/** Moves everything dated one service day to another (serviceDay.move); every write runs inside the caller's transaction. */
export class ServiceDayMoveRepo {
  private readonly conflictsStmt;
  private readonly sentRowsStmt;
  private readonly ticketsStmt;
  private readonly quickStmt;
  private readonly surveysStmt;
  private readonly mergeCountersStmt;
  private readonly dropCountersStmt;
  private readonly dropSetAsideStmt;

  constructor(db: Db) {
    this.conflictsStmt = db.prepare<[string, string, number], { prefix: string; number: number }>(
      `SELECT f.prefix, f.number FROM tickets f JOIN tickets t ON t.service_date = ? AND t.issued_service = f.issued_service AND t.number = f.number
       WHERE f.service_date = ? ORDER BY f.prefix, f.number LIMIT ?`,
    );
    // Sent and accepted: read up to the acknowledgement, not set aside, not dropped (change 0).
    this.sentRowsStmt = db.prepare<[string, number], { n: number }>(
      `SELECT COUNT(*) AS n FROM daily_counters d WHERE d.service_date = ? AND d.change_seq BETWEEN 1 AND ?
       AND NOT EXISTS (SELECT 1 FROM sync_set_aside s WHERE s.service_date = d.service_date AND s.metric = d.metric)`,
    );
    this.ticketsStmt = db.prepare<[string, string]>('UPDATE tickets SET service_date = ? WHERE service_date = ?');
    this.quickStmt = db.prepare<[string, string]>('UPDATE quick_ratings SET service_date = ? WHERE service_date = ?');
    this.surveysStmt = db.prepare<[string, string]>('UPDATE surveys SET service_date = ? WHERE service_date = ?');
    // Every daily metric is a count or a sum, so two days' values add.
    this.mergeCountersStmt = db.prepare<[string, number, string]>(
      `INSERT INTO daily_counters (service_date, metric, value, change_seq)
       SELECT ?, metric, value, ? FROM daily_counters WHERE service_date = ?
       ON CONFLICT (service_date, metric) DO UPDATE SET value = value + excluded.value, change_seq = excluded.change_seq`,
    );
    this.dropCountersStmt = db.prepare<[string]>('DELETE FROM daily_counters WHERE service_date = ?');
    this.dropSetAsideStmt = db.prepare<[string]>('DELETE FROM sync_set_aside WHERE service_date = ?');
  }

  /** Ticket numbers issued on both days (the first few), which a move would duplicate. */
  conflicts(from: string, to: string, limit: number): { prefix: string; number: number }[] {
    return this.conflictsStmt.all(to, from, limit);
  }

  /** How many of the day's counter rows the city has already accepted. */
  sentRows(date: string, ackedSeq: number): number {
    return this.sentRowsStmt.get(date, ackedSeq)?.n ?? 0;
  }

  /** Re-dates tickets and ratings, and adds the day's counters onto the other day's as change `seq` (pending for the city). */
  move(from: string, to: string, seq: number): { tickets: number; ratings: number; rows: number } {
    const tickets = this.ticketsStmt.run(to, from).changes;
    const ratings = this.quickStmt.run(to, from).changes + this.surveysStmt.run(to, from).changes;
    const rows = this.mergeCountersStmt.run(to, seq, from).changes;
    this.dropCountersStmt.run(from);
    this.dropSetAsideStmt.run(from);
    return { tickets, ratings, rows };
  }
}
