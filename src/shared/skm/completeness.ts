import type { SurveyAnswers } from './schemas';
import { UNSUR_CODES, type UnsurCode } from './unsur';

/**
 * Whether every unsur in `codes` was answered. Good practice is to never count a partial survey;
 * callers filter with this before accumulating when the office follows that rule.
 */
export function isCompleteSurvey(answers: SurveyAnswers, codes: readonly UnsurCode[] = UNSUR_CODES): boolean {
  return codes.every((code) => answers[code] !== undefined);
}
