import { bookingFactsRequest, type BookingFactsResponse } from '../../shared/booking/bookingFacts';
import type { Database } from '../db/database';
import { bookingFactsRepo, type OfficeBookingSums } from '../store/bookingFactsRepo';
import { officesRepo } from '../store/officesRepo';
import type { KioskRecord } from '../store/kiosksRepo';
import { officeReportFrom } from './kioskBody';

/**
 * Stores one day of a kiosk's booking facts (docs/booking.md): its booked-versus-walk-in figures and its
 * check-ins, marked on the city's own bookings. A code that is not a booking of this office on that day
 * is left out and named in the answer; the rest is stored. Malformed input stores nothing.
 */
export async function putBookingFacts(db: Database, kiosk: KioskRecord, body: unknown, now: Date): Promise<BookingFactsResponse> {
  const facts = officeReportFrom(bookingFactsRequest, body, kiosk, { en: 'booking facts', id: 'Data booking dari kios' });
  return db.transaction(async (tx) => {
    const own = await bookingFactsRepo.ownCodes(tx, kiosk.officeId, facts.day, facts.checkIns.map((c) => c.code));
    await bookingFactsRepo.setCheckIns(tx, kiosk.officeId, facts.day, kiosk.replicaId, facts.checkIns.filter((c) => own.has(c.code)));
    await bookingFactsRepo.putDay(tx, kiosk.replicaId, kiosk.officeId, facts.day, facts, now);
    return {
      ok: true as const,
      officeId: kiosk.officeId,
      day: facts.day,
      checkIns: await bookingFactsRepo.checkInCount(tx, facts.day, kiosk.replicaId),
      ignored: facts.checkIns.filter((c) => !own.has(c.code)).map((c) => c.code),
    };
  });
}

/** One office's bookings over a range, for the city dashboard. */
export interface OfficeBookingReport {
  officeId: string;
  officeName: string;
  bookings: number;
  checkIns: number;
  /** Booked tickets among the office's tickets (0..1); null without figures or tickets. */
  bookedShare: number | null;
  bookedWaitMinutes: number | null;
  walkInWaitMinutes: number | null;
  bookedNoShows: number | null;
  notCheckedIn: number | null;
  missed: number | null;
  /** When the office's figures last changed at the city; null when it sent none for the range. */
  receivedAt: Date | null;
}

const mean = (sum: number, count: number) => (count > 0 ? sum / count : null);

function report(officeId: string, officeName: string, s: OfficeBookingSums | undefined): OfficeBookingReport {
  const r = s?.reported ?? null;
  const all = r ? r.bookedTickets + r.walkInTickets : 0;
  return {
    officeId,
    officeName,
    bookings: s?.bookings ?? 0,
    checkIns: s?.checkIns ?? 0,
    bookedShare: r && all > 0 ? r.bookedTickets / all : null,
    bookedWaitMinutes: r && mean(r.bookedWaitMinutes, r.bookedCalled),
    walkInWaitMinutes: r && mean(r.walkInWaitMinutes, r.walkInCalled),
    bookedNoShows: r && r.bookedNoShows,
    notCheckedIn: r && r.notCheckedIn,
    missed: r && r.missed,
    receivedAt: r && r.receivedAt,
  };
}

/** Every registered office's bookings over [from, to] (office-local dates, inclusive), side by side. */
export async function cityBookingFigures(db: Database, from: string, to: string): Promise<OfficeBookingReport[]> {
  const [offices, sums] = await Promise.all([officesRepo.all(db), bookingFactsRepo.sumsByOffice(db, from, to)]);
  const byOffice = new Map(sums.map((s) => [s.officeId, s]));
  return offices.map((o) => report(o.id, o.name, byOffice.get(o.id)));
}
