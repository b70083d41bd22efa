import type { BookingFigures } from '../../shared/api/methods/booking';
import { checkInWindow, daySlots, slotCapacity } from '../../shared/booking/slots';
import { standardsFromConfig } from '../../shared/booking/standards';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import type { ArrivalTotals } from '../store/bookingFiguresRepo';
import type { BookingDayRecord } from '../store/bookingsRepo';

export interface FiguresFacts {
  day: string;
  now: number;
  config: OfficeConfig;
  /** The day's bookings (bookingsRepo.day). */
  rows: readonly BookingDayRecord[];
  totals: { booked: ArrivalTotals; walkIn: ArrivalTotals };
}

const kind = (t: ArrivalTotals) => ({
  tickets: t.tickets,
  called: t.called,
  waitMeanMinutes: t.called > 0 ? t.waitSumMs / t.called / 60_000 : null,
  noShows: t.noShows,
});

/**
 * The supervisor's booked-versus-walk-in figures of a day. Seats come from the same slot rules the city
 * books by (the standards document the office pushes), so both sides count the same seats.
 */
export function bookingFigures({ day, now, config, rows, totals }: FiguresFacts): BookingFigures {
  const doc = standardsFromConfig(config);
  const live = rows.filter((r) => r.cancelledAt === null);
  const capacity = config.services
    .map((s) => ({
      serviceCode: s.code,
      slots: daySlots(doc, s.code, day).length,
      seatsPerSlot: slotCapacity(doc, s.code),
      booked: live.filter((r) => r.serviceCode === s.code).length,
    }))
    .filter((c) => c.seatsPerSlot > 0 || c.booked > 0);
  const waiting = live.filter((r) => r.listed && r.checkedInAt === null);
  const missed = waiting.filter((r) => checkInWindow(day, r.slot, config.office.timeZone, config.booking).closesAt <= now).length;
  const all = totals.booked.tickets + totals.walkIn.tickets;
  return {
    day,
    at: now,
    capacity,
    booked: kind(totals.booked),
    walkIn: kind(totals.walkIn),
    bookedShare: all > 0 ? totals.booked.tickets / all : null,
    notCheckedIn: waiting.length,
    missed,
  };
}
