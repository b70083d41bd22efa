import { randomInt } from 'node:crypto';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, signedBookingText, signedMessage, type BookingClaim } from '../../shared/booking/bookingCode';
import { bookableDays, checkInWindow, daySlots, isSlotOpenForBooking, slotCapacity, type DaySlot } from '../../shared/booking/slots';
import { countAttempt, pruneAttempts, reserveAttempt, type Attempt, type AttemptLimit } from '../auth/attemptLimiter';
import type { Database, Queryable } from '../db/database';
import { bookingsRepo, type BookingRecord } from '../store/bookingsRepo';
import { canonicalAddress } from '../../shared/net/peerAddress';
import { BookingError } from './bookingError';
import { bookingKeyOf } from './bookingKey';
import { officeStandards, type OfficeStandards } from './bookingStandards';

/** The abuse limits of docs/booking.md, per source address (after LOKET_TRUST_PROXY) and per office. */
export const BOOKING_LIMITS = {
  /** Bookings, cancellations and code look-ups per source per minute. */
  rate: { scope: 'booking_rate', maxAttempts: 60, windowMs: 60_000 },
  /** Bookings made per source in a 24-hour window. */
  sourceDay: { scope: 'booking_source_day', maxAttempts: 20, windowMs: 24 * 3600_000 },
  /** Bookings made per office in a 24-hour window (a flood from many addresses). */
  officeDay: { scope: 'booking_office_day', maxAttempts: 5_000, windowMs: 24 * 3600_000 },
  /** Unknown codes looked up or cancelled per source in 15 minutes (guessing codes). */
  lookup: { scope: 'booking_lookup', maxAttempts: 20, windowMs: 15 * 60_000 },
  /** Bookings a source may hold at once: held until cancelled or until its check-in window ends. */
  heldPerSource: 6,
} as const satisfies Record<string, AttemptLimit | number>;

export interface Booking extends BookingRecord {
  /** What the QR holds: the claim and the city's signature, verifiable offline. */
  signed: string;
  /** The office's name, the service's name and the check-in window, for the confirmation. */
  standards: OfficeStandards;
  window: { opensAt: number; closesAt: number };
}

export interface SlotView extends DaySlot {
  capacity: number;
  free: number;
}

export interface DayView {
  day: string;
  slots: SlotView[];
  free: number;
}

type Allowed = Extract<Attempt, { allowed: true }>;

async function limited(db: Database, limit: AttemptLimit, key: string, now: number): Promise<Allowed> {
  const attempt = await reserveAttempt(db, limit, key, now);
  if (!attempt.allowed) throw new BookingError('rate_limited', `Too many requests (${limit.scope}); try again later.`, Math.ceil(attempt.retryAfterMs / 1000));
  return attempt;
}

/** Every booking request (and look-up) spends one try of the source's per-minute allowance. */
export async function countRequest(db: Database, source: string, now: number): Promise<void> {
  await limited(db, BOOKING_LIMITS.rate, source, now);
}

async function standardsOf(db: Database, officeId: string, serviceCode?: string): Promise<OfficeStandards> {
  const standards = await officeStandards(db, officeId);
  if (!standards) throw new BookingError('not_found', `Office "${officeId}" takes no bookings.`);
  if (serviceCode !== undefined && !standards.doc.services.some((s) => s.code === serviceCode)) {
    throw new BookingError('not_found', `Office "${officeId}" has no service "${serviceCode}".`);
  }
  return standards;
}

/** The bookable days of a service with every slot's free seats (slots already started are left out). */
export async function serviceDays(db: Database, officeId: string, serviceCode: string, now: number): Promise<{ standards: OfficeStandards; days: DayView[] }> {
  const standards = await standardsOf(db, officeId, serviceCode);
  const { doc } = standards;
  const capacity = slotCapacity(doc, serviceCode);
  const days = bookableDays(doc, now);
  const taken = capacity === 0 ? new Map<string, number>() : await bookingsRepo.taken(db, officeId, serviceCode, days[0] as string, days[days.length - 1] as string);
  return {
    standards,
    days: days.map((day) => {
      const slots = daySlots(doc, serviceCode, day)
        .filter((s) => isSlotOpenForBooking(day, s.time, doc.office.timeZone, now))
        .map((s) => ({ ...s, capacity, free: Math.max(0, capacity - (taken.get(`${day} ${s.time}`) ?? 0)) }));
      return { day, slots, free: slots.reduce((sum, s) => sum + s.free, 0) };
    }),
  };
}

const newCode = (): string => Array.from({ length: BOOKING_CODE_LENGTH }, () => BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)]).join('');

async function withSignature(db: Database, record: BookingRecord, standards: OfficeStandards): Promise<Booking> {
  const key = await bookingKeyOf(db);
  const claim: BookingClaim = { officeId: record.officeId, serviceCode: record.serviceCode, day: record.day, slot: record.slot, code: record.code };
  // Ed25519 signatures are deterministic: the same booking always shows the same QR.
  const signed = signedBookingText(claim, key.sign(signedMessage(claim)));
  return { ...record, signed, standards, window: checkInWindow(record.day, record.slot, standards.doc.office.timeZone, standards.doc.booking) };
}

/**
 * Books one seat of a slot for an anonymous source: the slot must be one of the service's bookable slots
 * and not started; the source may hold a few bookings and make a few a day, the office take a few
 * thousand a day; then the seat is taken and the code stored in one transaction.
 */
export async function book(db: Database, input: { officeId: string; serviceCode: string; day: string; slot: string }, source: string, now: number): Promise<Booking> {
  const standards = await standardsOf(db, input.officeId, input.serviceCode);
  const { doc } = standards;
  const capacity = slotCapacity(doc, input.serviceCode);
  if (capacity === 0) throw new BookingError('not_bookable', `Service "${input.serviceCode}" cannot be booked.`);
  const isSlot = bookableDays(doc, now).includes(input.day) && daySlots(doc, input.serviceCode, input.day).some((s) => s.time === input.slot);
  if (!isSlot || !isSlotOpenForBooking(input.day, input.slot, doc.office.timeZone, now)) {
    throw new BookingError('slot_unavailable', `${input.day} ${input.slot} is not a slot of "${input.serviceCode}" that can still be booked.`);
  }
  const key = await bookingKeyOf(db);
  const sourceHash = key.sourceHash(canonicalAddress(source));
  const window = checkInWindow(input.day, input.slot, doc.office.timeZone, doc.booking);
  const slotKey = { officeId: input.officeId, serviceCode: input.serviceCode, day: input.day, slot: input.slot };
  const newWindows: AttemptLimit[] = [];
  // One transaction: a refusal anywhere (a cap, a full slot) rolls back every count it made, so only bookings
  // made count against the daily caps. The office's row, the hottest, is locked last and held the shortest.
  const record = await db.transaction(async (tx) => {
    if ((await bookingsRepo.heldBy(tx, sourceHash, new Date(now))) >= BOOKING_LIMITS.heldPerSource) {
      throw new BookingError('held_limit', `This address already holds ${BOOKING_LIMITS.heldPerSource} bookings; cancel one or wait until one has passed.`);
    }
    await capped(tx, BOOKING_LIMITS.sourceDay, source, now, 'source_daily_cap', newWindows);
    if (!(await bookingsRepo.takeSeat(tx, slotKey, capacity))) throw new BookingError('slot_full', `${input.day} ${input.slot} is fully booked.`);
    let booking: Omit<BookingRecord, 'cancelledAt'> | undefined;
    // 31^8 codes: a collision is rare, and the next draw almost surely free.
    for (let i = 0; i < 5 && !booking; i++) {
      const candidate = { ...slotKey, code: newCode(), windowEndsAt: new Date(window.closesAt), createdAt: new Date(now) };
      if (await bookingsRepo.insert(tx, candidate, sourceHash)) booking = candidate;
    }
    if (!booking) throw new Error('no free booking code after 5 draws');
    await capped(tx, BOOKING_LIMITS.officeDay, `office:${input.officeId}`, now, 'office_daily_cap', newWindows);
    return { ...booking, cancelledAt: null };
  });
  // A cap's first booking of a day: the moment to drop the windows that have expired (outside the transaction).
  await Promise.all(newWindows.map((limit) => pruneAttempts(db, limit, now)));
  return withSignature(db, record, standards);
}

async function capped(tx: Queryable, limit: AttemptLimit, key: string, now: number, code: 'source_daily_cap' | 'office_daily_cap', newWindows: AttemptLimit[]): Promise<void> {
  const { window, retryAfterMs } = await countAttempt(tx, limit, key, now);
  if (retryAfterMs !== null) throw new BookingError(code, `The daily limit (${limit.scope}) is reached; try again later.`, Math.ceil(retryAfterMs / 1000));
  if (window.attempts === 1) newWindows.push(limit);
}

/** A look-up by code: an unknown code counts as a guess of this source; a known one gives the try back. */
async function guarded<T>(db: Database, source: string, now: number, find: () => Promise<T | undefined>): Promise<T> {
  const attempt = await limited(db, BOOKING_LIMITS.lookup, source, now);
  const found = await find();
  if (found === undefined) throw new BookingError('not_found', 'There is no booking with this code.');
  await attempt.release();
  return found;
}

export async function bookingByCode(db: Database, code: string, source: string, now: number): Promise<Booking> {
  const record = await guarded(db, source, now, () => bookingsRepo.byCode(db, code));
  return withSignature(db, record, await standardsOf(db, record.officeId));
}

/** Cancels a booking by its code and gives its seat back, while its check-in window is still open. */
export async function cancelBooking(db: Database, code: string, source: string, now: number): Promise<Booking> {
  const existing = await guarded(db, source, now, () => bookingsRepo.byCode(db, code));
  if (existing.cancelledAt) throw new BookingError('already_cancelled', 'This booking was already cancelled.');
  const cancelled = await db.transaction(async (tx) => {
    const done = await bookingsRepo.cancel(tx, code, new Date(now));
    if (done) await bookingsRepo.releaseSeat(tx, done);
    return done;
  });
  if (!cancelled) {
    const again = await bookingsRepo.byCode(db, code);
    throw again?.cancelledAt
      ? new BookingError('already_cancelled', 'This booking was already cancelled.')
      : new BookingError('too_late_to_cancel', 'The check-in window of this booking has ended; there is nothing to cancel.');
  }
  return withSignature(db, cancelled, await standardsOf(db, cancelled.officeId));
}

/** An office's bookings of a day (cancelled ones too), for its kiosks. */
export function officeDayBookings(db: Database, officeId: string, day: string): Promise<BookingRecord[]> {
  return bookingsRepo.forOfficeDay(db, officeId, day);
}
