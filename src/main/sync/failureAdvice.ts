import { DATE_UNCONFIRMED, type SyncAction, type SyncErrorView } from '../../shared/api/methods/sync';
import { isRetryableStatus } from '../../shared/sync/protocol';

/** The code of a failure on this kiosk itself (not the city's, not the network's). */
export const KIOSK_FAILURE = 'kiosk_failure';

/** What the supervisor can do about a failure or a refused row with this code (status null: no HTTP answer). */
export function actionFor(code: string, status: number | null): SyncAction {
  switch (code) {
    case 'network':
      return 'wait';
    case KIOSK_FAILURE:
      return 'restart_loket';
    case 'reenrol_required':
    case 'replica_mismatch':
      return 'reenrol';
    case 'clock_ahead':
    case 'date_in_future':
      return 'fix_clock';
    case DATE_UNCONFIRMED:
      return 'confirm_date';
    case 'unsupported_protocol':
      return 'update_loket';
  }
  return status !== null && isRetryableStatus(status) ? 'wait' : 'ask_city_admin';
}

export function whereOf(code: string, status: number | null): SyncErrorView['where'] {
  if (status !== null) return 'city';
  return code === 'network' ? 'network' : 'kiosk';
}

/** The rows a failure concerns (the batch being sent), by count and date range; null before any was read. */
export function rowsConcerned(rows: readonly { date: string }[] | undefined): SyncErrorView['rows'] {
  if (!rows || rows.length === 0) return null;
  const dates = rows.map((r) => r.date).sort();
  return { count: rows.length, from: dates[0] as string, to: dates[dates.length - 1] as string };
}
