import { QUICK_BURST, SURVEY_BURST } from './burstRule';
import { ANSWER_RATE } from './rateRule';

/** Answers are counted for sync only once no later answer can still set them aside (a burst, or the answer rate). */
export function settledBefore(now: number): number {
  return now - Math.max(QUICK_BURST.windowMs, SURVEY_BURST.windowMs, ANSWER_RATE.windowMs);
}
