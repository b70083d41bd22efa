import type { ArrivalFacts, CheckInFact } from '../../shared/booking/bookingFacts';
import type { Queryable } from '../db/database';

export interface DayFiguresRow {
  booked: ArrivalFacts;
  walkIn: ArrivalFacts;
  notCheckedIn: number;
  missed: number;
}

/** An office's booking figures summed over a range of days (office-local dates, inclusive). */
export interface OfficeBookingSums {
  officeId: string;
  /** Bookings made for those days and not cancelled, and how many of them were checked in (the city's own rows). */
  bookings: number;
  checkIns: number;
  /** From the offices' figures; null fields when no office figures arrived for the range. */
  reported: null | {
    bookedTickets: number;
    bookedCalled: number;
    /** Σ mean × called: the wait sum in minutes, so the range's mean is exact. */
    bookedWaitMinutes: number;
    bookedNoShows: number;
    walkInTickets: number;
    walkInCalled: number;
    walkInWaitMinutes: number;
    notCheckedIn: number;
    missed: number;
    /** The latest time figures of the range changed at the city. */
    receivedAt: Date;
  };
}

const n = (v: unknown): number => Number(v ?? 0);

/** Check-ins reported by offices, on the city's bookings, and each kiosk's booking figures per day. */
export const bookingFactsRepo = {
  /** The codes among `codes` that are bookings of this office on this day. */
  async ownCodes(q: Queryable, officeId: string, day: string, codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await q.query<{ code: string }>(
      'SELECT code FROM bookings WHERE office_id = $1 AND day = $2 AND code IN (SELECT jsonb_array_elements_text($3::jsonb))',
      [officeId, day, JSON.stringify(codes)],
    );
    return new Set(rows.map((r) => r.code));
  },

  /**
   * Marks the day's check-ins this replica reported (only where something differs, so a repeated push
   * writes nothing) and clears the ones it reported before and no longer does (a voided ticket freed its
   * booking). `checkIns` must hold only this office's bookings of the day (ownCodes).
   */
  async setCheckIns(q: Queryable, officeId: string, day: string, replicaId: string, checkIns: readonly CheckInFact[]): Promise<void> {
    const facts = JSON.stringify(checkIns.map((c) => ({ code: c.code, at: c.checkedInAt, outcome: c.outcome })));
    await q.query(
      `UPDATE bookings b SET checked_in_at = NULL, checked_in_replica = NULL, ticket_outcome = NULL
        WHERE b.office_id = $1 AND b.day = $2 AND b.checked_in_replica = $3
          AND b.code NOT IN (SELECT x.code FROM jsonb_to_recordset($4::jsonb) AS x(code text))`,
      [officeId, day, replicaId, facts],
    );
    await q.query(
      `UPDATE bookings b SET checked_in_at = to_timestamp(x.at / 1000.0), checked_in_replica = $3, ticket_outcome = x.outcome
         FROM jsonb_to_recordset($4::jsonb) AS x(code text, at bigint, outcome text)
        WHERE b.code = x.code AND b.office_id = $1 AND b.day = $2
          AND (b.checked_in_at IS DISTINCT FROM to_timestamp(x.at / 1000.0) OR b.checked_in_replica IS DISTINCT FROM $3::uuid
               OR b.ticket_outcome IS DISTINCT FROM x.outcome)`,
      [officeId, day, replicaId, facts],
    );
  },

  async checkInCount(q: Queryable, day: string, replicaId: string): Promise<number> {
    const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings WHERE day = $1 AND checked_in_replica = $2', [day, replicaId]);
    return row?.n ?? 0;
  },

  /** The replica's figures of the day, replaced only when they differ (received_at then says when they last changed). */
  async putDay(q: Queryable, replicaId: string, officeId: string, day: string, f: DayFiguresRow, at: Date): Promise<void> {
    await q.query(
      `INSERT INTO booking_day_figures AS d (replica_id, day, office_id, booked_tickets, booked_called, booked_wait_mean_minutes, booked_no_shows,
              walkin_tickets, walkin_called, walkin_wait_mean_minutes, walkin_no_shows, not_checked_in, missed, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (replica_id, day) DO UPDATE SET
         office_id = excluded.office_id, booked_tickets = excluded.booked_tickets, booked_called = excluded.booked_called,
         booked_wait_mean_minutes = excluded.booked_wait_mean_minutes, booked_no_shows = excluded.booked_no_shows,
         walkin_tickets = excluded.walkin_tickets, walkin_called = excluded.walkin_called,
         walkin_wait_mean_minutes = excluded.walkin_wait_mean_minutes, walkin_no_shows = excluded.walkin_no_shows,
         not_checked_in = excluded.not_checked_in, missed = excluded.missed, received_at = excluded.received_at
       WHERE (d.office_id, d.booked_tickets, d.booked_called, d.booked_wait_mean_minutes, d.booked_no_shows, d.walkin_tickets, d.walkin_called,
              d.walkin_wait_mean_minutes, d.walkin_no_shows, d.not_checked_in, d.missed)
         IS DISTINCT FROM (excluded.office_id, excluded.booked_tickets, excluded.booked_called, excluded.booked_wait_mean_minutes,
              excluded.booked_no_shows, excluded.walkin_tickets, excluded.walkin_called, excluded.walkin_wait_mean_minutes,
              excluded.walkin_no_shows, excluded.not_checked_in, excluded.missed)`,
      [
        replicaId,
        day,
        officeId,
        f.booked.tickets,
        f.booked.called,
        f.booked.waitMeanMinutes,
        f.booked.noShows,
        f.walkIn.tickets,
        f.walkIn.called,
        f.walkIn.waitMeanMinutes,
        f.walkIn.noShows,
        f.notCheckedIn,
        f.missed,
        at,
      ],
    );
  },

  /** Every office with bookings or booking figures in [from, to], summed over its kiosks and days. */
  async sumsByOffice(q: Queryable, from: string, to: string): Promise<OfficeBookingSums[]> {
    const [made, reported] = await Promise.all([
      q.query<{ office_id: string; bookings: number; check_ins: number }>(
        `SELECT office_id, count(*) FILTER (WHERE cancelled_at IS NULL)::int AS bookings, count(checked_in_at)::int AS check_ins
           FROM bookings WHERE day BETWEEN $1 AND $2 GROUP BY office_id`,
        [from, to],
      ),
      q.query<Record<string, unknown> & { office_id: string; received_at: Date }>(
        `SELECT office_id, sum(booked_tickets) AS booked_tickets, sum(booked_called) AS booked_called,
                sum(coalesce(booked_wait_mean_minutes, 0) * booked_called) AS booked_wait, sum(booked_no_shows) AS booked_no_shows,
                sum(walkin_tickets) AS walkin_tickets, sum(walkin_called) AS walkin_called,
                sum(coalesce(walkin_wait_mean_minutes, 0) * walkin_called) AS walkin_wait,
                sum(not_checked_in) AS not_checked_in, sum(missed) AS missed, max(received_at) AS received_at
           FROM booking_day_figures WHERE day BETWEEN $1 AND $2 GROUP BY office_id`,
        [from, to],
      ),
    ]);
    const out = new Map<string, OfficeBookingSums>();
    const of = (officeId: string) => out.get(officeId) ?? out.set(officeId, { officeId, bookings: 0, checkIns: 0, reported: null }).get(officeId)!;
    for (const r of made) Object.assign(of(r.office_id), { bookings: r.bookings, checkIns: r.check_ins });
    for (const r of reported) {
      of(r.office_id).reported = {
        bookedTickets: n(r.booked_tickets),
        bookedCalled: n(r.booked_called),
        bookedWaitMinutes: n(r.booked_wait),
        bookedNoShows: n(r.booked_no_shows),
        walkInTickets: n(r.walkin_tickets),
        walkInCalled: n(r.walkin_called),
        walkInWaitMinutes: n(r.walkin_wait),
        notCheckedIn: n(r.not_checked_in),
        missed: n(r.missed),
        receivedAt: new Date(r.received_at),
      };
    }
    return [...out.values()];
  },
};
