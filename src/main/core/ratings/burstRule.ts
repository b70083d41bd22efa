/**
 * A burst: the same unlinked answer given again and again from one device in a short time (a child
 * tapping the same face, someone stuffing the survey). Such answers are kept, with the reason, but
 * left out of the indices.
 */
export interface BurstRule {
  windowMs: number;
  /** This many identical answers inside the window make a burst. */
  threshold: number;
}

export const QUICK_BURST: BurstRule = { windowMs: 60_000, threshold: 5 };
export const SURVEY_BURST: BurstRule = { windowMs: 10 * 60_000, threshold: 3 };

/** The ids (not yet excluded) that belong to a burst of `value`, or none. */
export function burstMembers(recent: readonly { id: number; value: string; excluded: boolean }[], value: string, rule: BurstRule): number[] {
  const same = recent.filter((r) => r.value === value);
  if (same.length < rule.threshold) return [];
  return same.filter((r) => !r.excluded).map((r) => r.id);
}
