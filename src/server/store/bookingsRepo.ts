import type { Queryable } from '../db/database';

export interface SlotKey {
  officeId: string;
  serviceCode: string;
  day: string;
  slot: string;
}

export interface BookingRecord extends SlotKey {
  code: string;
  windowEndsAt: Date;
  createdAt: Date;
  cancelledAt: Date | null;
}

interface BookingRow {
  code: string;
  office_id: string;
  service_code: string;
  day: string;
  slot: string;
  window_ends_at: Date;
  created_at: Date;
  cancelled_at: Date | null;
}

const COLUMNS = 'code, office_id, service_code, day::text AS day, slot, window_ends_at, created_at, cancelled_at';

const toRecord = (r: BookingRow): BookingRecord => ({
  code: r.code,
  officeId: r.office_id,
  serviceCode: r.service_code,
  day: r.day,
  slot: r.slot,
  windowEndsAt: new Date(r.window_ends_at),
  createdAt: new Date(r.created_at),
  cancelledAt: r.cancelled_at === null ? null : new Date(r.cancelled_at),
});

/** Seat counts per slot and the bookings themselves. */
export const bookingsRepo = {
  /**
   * Takes one seat of a slot if fewer than `capacity` are taken, in one statement: concurrent calls queue
   * on the slot's row and each sees the count the previous one left, so no more than `capacity` succeed.
   */
  async takeSeat(q: Queryable, key: SlotKey, capacity: number): Promise<boolean> {
    const rows = await q.query(
      `INSERT INTO booking_slots AS s (office_id, service_code, day, slot, booked) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (office_id, service_code, day, slot) DO UPDATE SET booked = s.booked + 1 WHERE s.booked < $5
       RETURNING booked`,
      [key.officeId, key.serviceCode, key.day, key.slot, capacity],
    );
    return rows.length === 1;
  },
  async releaseSeat(q: Queryable, key: SlotKey): Promise<void> {
    await q.query('UPDATE booking_slots SET booked = booked - 1 WHERE office_id = $1 AND service_code = $2 AND day = $3 AND slot = $4 AND booked > 0', [
      key.officeId,
      key.serviceCode,
      key.day,
      key.slot,
    ]);
  },
  /** Seats taken per day and slot of a service between two days (inclusive): "YYYY-MM-DD HH:MM" → count. */
  async taken(q: Queryable, officeId: string, serviceCode: string, from: string, to: string): Promise<Map<string, number>> {
    const rows = await q.query<{ day: string; slot: string; booked: number }>(
      'SELECT day::text AS day, slot, booked FROM booking_slots WHERE office_id = $1 AND service_code = $2 AND day BETWEEN $3 AND $4',
      [officeId, serviceCode, from, to],
    );
    return new Map(rows.map((r) => [`${r.day} ${r.slot}`, r.booked]));
  },
  /** False when the code is taken (the caller draws another). */
  async insert(q: Queryable, b: Omit<BookingRecord, 'cancelledAt'>, sourceHash: string): Promise<boolean> {
    const rows = await q.query(
      `INSERT INTO bookings (code, office_id, service_code, day, slot, window_ends_at, source_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING RETURNING code`,
      [b.code, b.officeId, b.serviceCode, b.day, b.slot, b.windowEndsAt, sourceHash, b.createdAt],
    );
    return rows.length === 1;
  },
  async byCode(q: Queryable, code: string): Promise<BookingRecord | undefined> {
    const [row] = await q.query<BookingRow>(`SELECT ${COLUMNS} FROM bookings WHERE code = $1`, [code]);
    return row && toRecord(row);
  },
  /** Cancels a booking still held at `now`; undefined when there is none to cancel. */
  async cancel(q: Queryable, code: string, now: Date): Promise<BookingRecord | undefined> {
    const [row] = await q.query<BookingRow>(
      `UPDATE bookings SET cancelled_at = $2 WHERE code = $1 AND cancelled_at IS NULL AND window_ends_at > $2 RETURNING ${COLUMNS}`,
      [code, now],
    );
    return row && toRecord(row);
  },
  /** Bookings of a source neither cancelled nor past their check-in window. */
  async heldBy(q: Queryable, sourceHash: string, now: Date): Promise<number> {
    const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings WHERE source_hash = $1 AND cancelled_at IS NULL AND window_ends_at > $2', [
      sourceHash,
      now,
    ]);
    return row?.n ?? 0;
  },
  async forOfficeDay(q: Queryable, officeId: string, day: string): Promise<BookingRecord[]> {
    const rows = await q.query<BookingRow>(`SELECT ${COLUMNS} FROM bookings WHERE office_id = $1 AND day = $2 ORDER BY slot, created_at`, [officeId, day]);
    return rows.map(toRecord);
  },
};
