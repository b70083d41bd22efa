import { addDays, daysFrom } from '../../shared/time/localTime';
import type { Database } from '../db/database';
import { countersRepo, type OfficeSum } from '../store/countersRepo';
import { kiosksRepo } from '../store/kiosksRepo';
import { officesRepo } from '../store/officesRepo';
import { cityBookingFigures, type OfficeBookingReport } from './bookingFacts';
import { cityFigures, officeReport, type OfficeReport } from './cityReport';

/** A push older than this is listed as old: a working office pushes within minutes, so a day means trouble. */
export const STALE_PUSH_MS = 24 * 60 * 60_000;

/**
 * One office on one day of the range, its tickets and waits computed like the period figures (each day
 * on its own; no IKM or quick index per day); null when the city holds nothing of that day (closed, or
 * not yet pushed), which is not the same as zero tickets.
 */
export interface OfficeDayReport {
  date: string;
  report: OfficeReport | null;
}

/** When the city last heard from an office: the newest push of its enrolled kiosks. */
export interface OfficePush {
  officeId: string;
  officeName: string;
  /** Enrolled kiosks that are not revoked. */
  kiosks: number;
  lastPushAt: Date | null;
  /** Old: no kiosk, never pushed, or the newest push older than STALE_PUSH_MS. */
  stale: boolean;
}

export interface CityDashboard {
  from: string;
  to: string;
  target: number;
  offices: OfficeReport[];
  /** Every day of the range, oldest first. */
  days: string[];
  /** Per office (in `offices` order), one entry per day of `days`. */
  daily: Map<string, OfficeDayReport[]>;
  bookings: OfficeBookingReport[];
  /** Oldest push first, the offices never heard from before them. */
  pushes: OfficePush[];
}

/** Every date from `from` to `to` inclusive (YYYY-MM-DD, calendar dates, no time zone involved). */
export function daysBetween(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, daysFrom(from, to) + 1) }, (_, i) => addDays(from, i));
}

/** Offices ordered for the "last push is old" list: never heard from first, then the oldest push. */
export function pushAges(offices: readonly { id: string; name: string }[], kiosks: readonly { officeId: string; lastPushAt: Date | null }[], now: number): OfficePush[] {
  const list = offices.map((o): OfficePush => {
    const own = kiosks.filter((k) => k.officeId === o.id);
    const times = own.flatMap((k) => (k.lastPushAt ? [k.lastPushAt.getTime()] : []));
    const lastPushAt = times.length ? new Date(Math.max(...times)) : null;
    return { officeId: o.id, officeName: o.name, kiosks: own.length, lastPushAt, stale: lastPushAt === null || now - lastPushAt.getTime() > STALE_PUSH_MS };
  });
  return list.sort((a, b) => (a.lastPushAt?.getTime() ?? -Infinity) - (b.lastPushAt?.getTime() ?? -Infinity) || a.officeName.localeCompare(b.officeName));
}

/** Everything the dashboard and its export show for [from, to]: period figures, each day, bookings, last pushes. */
export async function cityDashboard(db: Database, from: string, to: string, target: number, now: number): Promise<CityDashboard> {
  const [offices, daySums, bookings, officeList, kiosks] = await Promise.all([
    cityFigures(db, from, to, target),
    countersRepo.dailyWaitsByOffice(db, from, to),
    cityBookingFigures(db, from, to),
    officesRepo.all(db),
    kiosksRepo.active(db),
  ]);
  const days = daysBetween(from, to);
  const byKey = new Map<string, OfficeSum[]>();
  for (const s of daySums) {
    const key = `${s.officeId}|${s.date}`;
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  const daily = new Map<string, OfficeDayReport[]>();
  for (const o of officeList) {
    daily.set(
      o.id,
      days.map((date) => {
        const sums = byKey.get(`${o.id}|${date}`);
        return { date, report: sums ? officeReport(o, sums, target, false) : null };
      }),
    );
  }
  return { from, to, target, offices, days, daily, bookings, pushes: pushAges(officeList, kiosks, now) };
}
