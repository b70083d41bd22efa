/** Retry timing of the sync client: full-jitter exponential backoff that honours the server's Retry-After. */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1000, capMs: 5 * 60_000 };

/**
 * "Full jitter" (AWS architecture blog): a uniform delay in [0, min(cap, base·2^attempt)), so a city
 * of kiosks coming back after an outage does not retry in lockstep.
 */
export function fullJitterDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.floor(random() * ceiling);
}

/** Retry-After as seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP-date always names its weekday and month; Date.parse would read "-5" as a year.
  if (!/[A-Za-z]/.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/** The wait before the next attempt: never sooner than the server asked, jittered otherwise. */
export function retryDelay(attempt: number, retryAfterMs: number | null, options: BackoffOptions, random: () => number = Math.random): number {
  const jittered = fullJitterDelay(attempt, options, random);
  return retryAfterMs === null ? jittered : Math.max(retryAfterMs, jittered);
}
