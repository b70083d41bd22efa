import type { OfficeConfig, ServiceConfig } from '../../shared/config/officeConfig';
import { toLocal } from '../../shared/time/localTime';
import { isWithinHours, nextOpening } from '../../shared/time/openingHours';

export type Availability = 'open' | 'closed' | 'full';

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

/** When a closed service next takes numbers (epoch ms), for the kiosk's "opens tomorrow at 08.00". */
export function serviceOpensAt(office: OfficeConfig['office'], service: ServiceConfig, now: number): number | null {
  return nextOpening(service.openingHours ?? office.openingHours, office.closedDates, office.timeZone, now);
}
