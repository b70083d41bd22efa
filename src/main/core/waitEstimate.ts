/** Minutes assumed per visitor before a service has enough history of its own. */
export const MIN_HISTORY = 5;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Estimated wait for a new ticket: people ahead × recent median service time ÷ open counters.
 * Falls back to the service's configured typical duration until MIN_HISTORY services are finished.
 * Null when no counter is open for the service (nobody can promise a time then).
 */
export function estimateWaitMinutes(input: {
  aheadCount: number;
  recentDurationsMs: readonly number[];
  defaultServiceMinutes: number;
  openCounters: number;
}): number | null {
  if (input.openCounters <= 0) return null;
  if (input.aheadCount === 0) return 0;
  const perVisitor =
    input.recentDurationsMs.length >= MIN_HISTORY ? median(input.recentDurationsMs) / 60_000 : input.defaultServiceMinutes;
  return Math.ceil((input.aheadCount * perVisitor) / input.openCounters);
}
