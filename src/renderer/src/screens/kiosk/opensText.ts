import { formatClock, formatDayMonth, translate, type Language } from '../../../../shared/i18n';
import { daysFrom, localDate } from '../../../../shared/time/localTime';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';

/** The office's time and time zone, from its overview: what "today" and "tomorrow" mean to a closed service. */
export interface OfficeClock {
  now: number;
  timeZone: string;
}

/** "Buka hari ini pukul 13.00", "Buka besok pukul 08.00" or "Buka Senin, 7 Desember pukul 08.00", in the office's time zone. */
export function opensText(lang: Language, opensAt: number, { now, timeZone }: OfficeClock): string {
  const time = formatClock(opensAt, timeZone, lang);
  const days = daysFrom(localDate(now, timeZone), localDate(opensAt, timeZone));
  if (days === 0) return translate(lang, 'kiosk.opensToday', { time });
  if (days === 1) return translate(lang, 'kiosk.opensTomorrow', { time });
  return translate(lang, 'kiosk.opensOn', { day: formatDayMonth(opensAt, timeZone, lang), time });
}

/** The first opening among these closed services, or null when none says when it opens. */
export function firstOpening(services: readonly ServiceInfo[]): number | null {
  const times = services.flatMap((s) => (s.availability === 'closed' && s.opensAt !== null ? [s.opensAt] : []));
  return times.length > 0 ? Math.min(...times) : null;
}
