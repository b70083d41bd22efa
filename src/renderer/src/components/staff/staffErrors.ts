import { translate, type Language } from '../../../../shared/i18n';
import type { ApiError } from '../../api/client';

/**
 * Failures in plain words for staff. The API's codes are stable; a few details (attempts left, lock
 * minutes, which PIN rule failed) exist only in its English message or problems, so they are read from there.
 */
export function staffErrorMessage(lang: Language, error: ApiError): string {
  return pinProblemMessage(lang, error) ?? translate(lang, `staff.error.${error.code}`);
}

/** A wrong or locked sign-in: "PIN salah, sisa 3 percobaan" when the API says how many are left. */
export function signInErrorMessage(lang: Language, error: ApiError): string {
  if (error.code === 'wrong_pin') {
    const left = /(\d+)\s+attempt/.exec(error.message)?.[1];
    return left ? translate(lang, 'signin.wrongPin', { n: left }) : translate(lang, 'signin.wrongPinPlain');
  }
  if (error.code === 'locked') {
    const minutes = /(\d+)\s+(?:more\s+)?minute/.exec(error.message)?.[1];
    return minutes ? translate(lang, 'signin.locked', { n: minutes }) : translate(lang, 'signin.lockedPlain');
  }
  if (error.code === 'bad_request') return translate(lang, 'staff.pin.format');
  return staffErrorMessage(lang, error);
}

/** Which PIN or name rule a refused staff form broke, from the API's field problems ("pin: is already in use"). */
export function pinProblemMessage(lang: Language, error: ApiError): string | null {
  if (error.code !== 'bad_request') return null;
  for (const problem of error.problems) {
    if (problem.startsWith('name')) return translate(lang, 'staff.name.required');
    if (!problem.startsWith('pin')) continue;
    if (problem.includes('in use')) return translate(lang, 'staff.pin.inUse');
    if (problem.includes('easy to guess')) return translate(lang, 'staff.pin.trivial');
    return translate(lang, 'staff.pin.format');
  }
  return null;
}
