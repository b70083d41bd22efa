import type { OfficeConfig, OpeningHours, ServiceConfig } from '../../shared/config/officeConfig';
import { toLocal } from '../../shared/time/localTime';

export type Availability = 'open' | 'closed' | 'full';

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export function isWithinHours(hours: OpeningHours, weekday: keyof OpeningHours, minuteOfDay: number): boolean {
  return (hours[weekday] ?? []).some((range) => {
    const [from = '', to = ''] = range.split('-');
    return minuteOfDay >= minutesOf(from) && minuteOfDay < minutesOf(to);
  });
}

/** Whether a visitor may take a number for this service now. */
export function serviceAvailability(
  office: OfficeConfig['office'],
  service: ServiceConfig,
  now: number,
  issuedToday: number,
): Availability {
  const local = toLocal(now, office.timeZone);
  if (office.closedDates.includes(local.date)) return 'closed';
  if (!isWithinHours(service.openingHours ?? office.openingHours, local.weekday, local.minuteOfDay)) return 'closed';
  if (service.dailyQuota !== undefined && issuedToday >= service.dailyQuota) return 'full';
  return 'open';
}
