import type { SyncStatusView } from '../../../../../shared/api/methods/sync';
import { formatLongDate, translate, type Language } from '../../../../../shared/i18n';

/** "Data 3 hari, sejak Senin, 30 November 2026": what has not reached the city yet, in days rather than rows. */
export function pendingText(lang: Language, status: SyncStatusView): string {
  const { count, oldest } = status.pendingDays;
  if (status.rowsPending === 0 || oldest === null) return translate(lang, 'supervisor.sync.pendingNone');
  // A service date is a calendar day: read at noon UTC and printed in UTC, it is that day everywhere.
  const since = formatLongDate(Date.parse(`${oldest}T12:00:00Z`), 'UTC', lang);
  return translate(lang, count === 1 ? 'supervisor.sync.pendingOneDay' : 'supervisor.sync.pendingDays', { n: count, since });
}
