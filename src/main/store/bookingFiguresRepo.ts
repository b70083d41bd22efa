import type { Db } from './database';

/** The day's tickets of one kind (booked or walk-in): how many, how many were called, their waits, no-shows. */
export interface ArrivalTotals {
  tickets: number;
  called: number;
  /** Sum over called tickets of called_at − issued_at (ms): the wait from taking the number or checking in. */
  waitSumMs: number;
  noShows: number;
}

interface TotalsRow {
  booked: number;
  tickets: number;
  called: number;
  wait_sum_ms: number | null;
  no_shows: number;
}

const EMPTY: ArrivalTotals = { tickets: 0, called: 0, waitSumMs: 0, noShows: 0 };

/**
 * Booked versus walk-in tickets of a service day, for the supervisor's booking figures. A ticket is
 * booked when a check-in holds it (booking_checkins, migration 010). A ticket voided because its paper
 * did not come out is left out: nobody held it, and its booking was freed for another ticket.
 */
export class BookingFiguresRepo {
  private readonly totalsStmt;

  constructor(db: Db) {
    this.totalsStmt = db.prepare<[string], TotalsRow>(
      `SELECT c.code IS NOT NULL AS booked,
              COUNT(*) AS tickets,
              COUNT(t.called_at) AS called,
              SUM(CASE WHEN t.called_at IS NOT NULL THEN MAX(0, t.called_at - t.issued_at) END) AS wait_sum_ms,
              SUM(t.state = 'no_show') AS no_shows
         FROM tickets t
         LEFT JOIN booking_checkins c ON c.ticket_id = t.id
        WHERE t.service_date = ?
          AND NOT (t.state = 'cancelled' AND t.called_at IS NULL AND t.print_outcome IN ('failed', 'not_printed'))
        GROUP BY 1`,
    );
  }

  /** The day's booked and walk-in tickets; a kind with no ticket reads zero. */
  totals(day: string): { booked: ArrivalTotals; walkIn: ArrivalTotals } {
    const out = { booked: EMPTY, walkIn: EMPTY };
    for (const r of this.totalsStmt.all(day)) {
      const totals = { tickets: r.tickets, called: r.called, waitSumMs: r.wait_sum_ms ?? 0, noShows: r.no_shows };
      if (r.booked === 1) out.booked = totals;
      else out.walkIn = totals;
    }
    return out;
  }
}
