/**
 * After a (re)connect every call the office lists today counts as heard. A stored id above the
 * office's newest call means its database was replaced, so the office's figure wins; with no call
 * today there is nothing to compare, and the stored id is kept.
 */
export function lastHeardAfterSync(stored: number, recentCallIds: readonly number[]): number {
  if (recentCallIds.length === 0) return stored;
  return Math.max(...recentCallIds);
}
