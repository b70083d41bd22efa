/** The meta key of the service day in use (the latest seen; only serviceDay.move sets it back). */
export const SERVICE_DATE_KEY = 'service_date';

/**
 * The service day a change belongs to. It follows the office-local date of the clock, but never goes
 * back: after a power cut with a dead RTC battery the clock may say last year, and reopening an old
 * day would mix its report and restart its numbering. The day then stays on the latest one seen.
 */
export function effectiveServiceDate(clockDate: string, latestKnown: string | null): { date: string; clockBehind: boolean } {
  if (latestKnown !== null && clockDate < latestKnown) return { date: latestKnown, clockBehind: true };
  return { date: clockDate, clockBehind: false };
}
