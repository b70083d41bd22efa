import type { CheckInFact } from '../../shared/booking/bookingFacts';
import type { TicketState } from '../../shared/domain/ticket';
import type { Db } from './database';

/** One booking of a day list pulled from the city. */
export interface ListedBooking {
  code: string;
  day: string;
  serviceCode: string;
  slot: string;
  bookedAt: number;
  cancelledAt: number | null;
}

/** A booking checked in at this office, and the ticket it got. */
export interface BookingCheckInRecord {
  code: string;
  day: string;
  serviceCode: string;
  slot: string;
  ticketId: string;
  checkedInAt: number;
}

/** A row of the supervisor's day: the pulled list and the check-ins, joined by code. */
export interface BookingDayRecord {
  code: string;
  serviceCode: string;
  slot: string;
  listed: boolean;
  cancelledAt: number | null;
  checkedInAt: number | null;
  ticketPrefix: string | null;
  ticketNumber: number | null;
}

interface ListedRow {
  code: string;
  day: string;
  service_code: string;
  slot: string;
  booked_at: number;
  cancelled_at: number | null;
}

interface DayRow {
  code: string;
  service_code: string;
  slot: string;
  listed: number;
  cancelled_at: number | null;
  checked_in_at: number | null;
  prefix: string | null;
  number: number | null;
}

const listedFrom = (r: ListedRow): ListedBooking => ({
  code: r.code,
  day: r.day,
  serviceCode: r.service_code,
  slot: r.slot,
  bookedAt: r.booked_at,
  cancelledAt: r.cancelled_at,
});

/** The day lists pulled from the city and the check-ins (migration 010). */
export class BookingsRepo {
  private readonly clearDayStmt;
  private readonly insertListedStmt;
  private readonly pulledStmt;
  private readonly pulledAtStmt;
  private readonly listedStmt;
  private readonly checkInStmt;
  private readonly checkInOfStmt;
  private readonly checkInOfTicketStmt;
  private readonly releaseStmt;
  private readonly dayStmt;
  private readonly factDaysStmt;
  private readonly checkInFactsStmt;

  constructor(db: Db) {
    this.clearDayStmt = db.prepare<[string]>('DELETE FROM booking_list WHERE day = ?');
    this.insertListedStmt = db.prepare(
      `INSERT OR REPLACE INTO booking_list (code, day, service_code, slot, booked_at, cancelled_at)
       VALUES (@code, @day, @serviceCode, @slot, @bookedAt, @cancelledAt)`,
    );
    this.pulledStmt = db.prepare<[string, number]>(
      'INSERT INTO booking_pulls (day, pulled_at) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET pulled_at = excluded.pulled_at',
    );
    this.pulledAtStmt = db.prepare<[string], { pulled_at: number }>('SELECT pulled_at FROM booking_pulls WHERE day = ?');
    this.listedStmt = db.prepare<[string], ListedRow>('SELECT * FROM booking_list WHERE code = ?');
    this.checkInStmt = db.prepare(
      `INSERT INTO booking_checkins (code, day, service_code, slot, ticket_id, checked_in_at)
       VALUES (@code, @day, @serviceCode, @slot, @ticketId, @checkedInAt) ON CONFLICT (code) DO NOTHING`,
    );
    this.checkInOfStmt = db.prepare<[string], { ticket_id: string; checked_in_at: number; day: string; service_code: string; slot: string }>(
      'SELECT * FROM booking_checkins WHERE code = ?',
    );
    this.checkInOfTicketStmt = db.prepare<[string, string], { code: string; checked_in_at: number; service_code: string; slot: string }>(
      'SELECT * FROM booking_checkins WHERE day = ? AND ticket_id = ?',
    );
    this.releaseStmt = db.prepare<[string, string]>('DELETE FROM booking_checkins WHERE code = ? AND ticket_id = ?');
    this.dayStmt = db.prepare<[string, string], DayRow>(
      `SELECT l.code, l.service_code, l.slot, 1 AS listed, l.cancelled_at, c.checked_in_at, t.prefix, t.number
         FROM booking_list l
         LEFT JOIN booking_checkins c ON c.code = l.code
         LEFT JOIN tickets t ON t.id = c.ticket_id
        WHERE l.day = ?
       UNION ALL
       SELECT c.code, c.service_code, c.slot, 0, NULL, c.checked_in_at, t.prefix, t.number
         FROM booking_checkins c
         LEFT JOIN tickets t ON t.id = c.ticket_id
        WHERE c.day = ? AND NOT EXISTS (SELECT 1 FROM booking_list l WHERE l.code = c.code)
       ORDER BY 3, 1`,
    );
    this.factDaysStmt = db.prepare<[string, string, string, string], { day: string }>(
      `SELECT day FROM booking_pulls WHERE day BETWEEN ? AND ?
       UNION SELECT day FROM booking_checkins WHERE day BETWEEN ? AND ?
       ORDER BY day`,
    );
    this.checkInFactsStmt = db.prepare<[string], { code: string; service_code: string; slot: string; checked_in_at: number; state: TicketState }>(
      `SELECT c.code, c.service_code, c.slot, c.checked_in_at, t.state
         FROM booking_checkins c JOIN tickets t ON t.id = c.ticket_id
        WHERE c.day = ? ORDER BY c.code`,
    );
  }

  /** A day's list as the city answered it now, in place of the one pulled before (call inside a transaction). */
  replaceDay(day: string, bookings: readonly Omit<ListedBooking, 'day'>[], pulledAt: number): void {
    this.clearDayStmt.run(day);
    for (const b of bookings) this.insertListedStmt.run({ ...b, day });
    this.pulledStmt.run(day, pulledAt);
  }

  /** When the day's list was last pulled, or null when never. */
  pulledAt(day: string): number | null {
    return this.pulledAtStmt.get(day)?.pulled_at ?? null;
  }

  listed(code: string): ListedBooking | undefined {
    const row = this.listedStmt.get(code);
    return row ? listedFrom(row) : undefined;
  }

  /** Records a check-in; false when the code has already checked in (the primary key decides). */
  recordCheckIn(c: BookingCheckInRecord): boolean {
    return this.checkInStmt.run(c).changes === 1;
  }

  checkInOf(code: string): BookingCheckInRecord | undefined {
    const r = this.checkInOfStmt.get(code);
    return r ? { code, day: r.day, serviceCode: r.service_code, slot: r.slot, ticketId: r.ticket_id, checkedInAt: r.checked_in_at } : undefined;
  }

  /** The booking a ticket was issued for, by the day it was checked in (the day's index, not a scan of every check-in). */
  checkInOfTicket(day: string, ticketId: string): BookingCheckInRecord | undefined {
    const r = this.checkInOfTicketStmt.get(day, ticketId);
    return r ? { code: r.code, day, serviceCode: r.service_code, slot: r.slot, ticketId, checkedInAt: r.checked_in_at } : undefined;
  }

  /** Undoes the check-in of a ticket that was voided (its paper never came out), so the booking can be used again. */
  releaseCheckIn(code: string, ticketId: string): void {
    this.releaseStmt.run(code, ticketId);
  }

  /** Days in [from, to] with bookings business at this office (a list pulled or a check-in): the days the city hears of. */
  factDays(from: string, to: string): string[] {
    return this.factDaysStmt.all(from, to, from, to).map((r) => r.day);
  }

  /** The day's check-ins with where each one's ticket is now, for the city. */
  checkInFacts(day: string): CheckInFact[] {
    return this.checkInFactsStmt.all(day).map((r) => ({ code: r.code, serviceCode: r.service_code, slot: r.slot, checkedInAt: r.checked_in_at, outcome: r.state }));
  }

  /** The day's bookings, pulled or known only from a check-in, by slot and code. */
  day(day: string): BookingDayRecord[] {
    return this.dayStmt.all(day, day).map((r) => ({
      code: r.code,
      serviceCode: r.service_code,
      slot: r.slot,
      listed: r.listed === 1,
      cancelledAt: r.cancelled_at,
      checkedInAt: r.checked_in_at,
      ticketPrefix: r.prefix,
      ticketNumber: r.number,
    }));
  }
}
