import { translate, type Language } from '../../../../shared/i18n';
import type { ApiError } from '../../api/client';

/**
 * Failures in plain words for staff. The API's codes are stable; the numbers a sign-in refusal needs
 * (attempts left, how long to wait) come in its params, and which PIN rule failed in its problems.
 */
export function staffErrorMessage(lang: Language, error: ApiError): string {
  return pinProblemMessage(lang, error) ?? translate(lang, `staff.error.${error.code}`);
}

/** A refused PIN: "PIN salah, sisa 3 percobaan", "Masuk dikunci 15 menit", "Tunggu 5 detik". */
export function signInErrorMessage(lang: Language, error: ApiError): string {
  const { attemptsLeft, retryAfterSeconds } = error.params;
  switch (error.code) {
    case 'wrong_pin':
      if (attemptsLeft === undefined) return translate(lang, 'signin.wrongPinPlain');
      return retryAfterSeconds === undefined
        ? translate(lang, 'signin.wrongPin', { n: attemptsLeft })
        : translate(lang, 'signin.wrongPinWait', { n: attemptsLeft, s: retryAfterSeconds });
    case 'locked':
      if (retryAfterSeconds === undefined) return translate(lang, 'signin.lockedPlain');
      // Under a minute is a short wait (a slowed device, a busy office PC), not a lock.
      return retryAfterSeconds < 60
        ? translate(lang, 'signin.wait', { n: retryAfterSeconds })
        : translate(lang, 'signin.locked', { n: Math.ceil(retryAfterSeconds / 60) });
    case 'forbidden':
      return translate(lang, 'signin.wrongRole');
    case 'bad_request':
      return translate(lang, 'staff.pin.format');
    default:
      return staffErrorMessage(lang, error);
  }
}

/** Which PIN or name rule a refused staff form broke, from the API's field problems ("pin: is too easy to guess"). */
export function pinProblemMessage(lang: Language, error: ApiError): string | null {
  if (error.code !== 'bad_request') return null;
  for (const problem of error.problems) {
    if (problem.startsWith('name')) return translate(lang, 'staff.name.required');
    if (!problem.startsWith('pin')) continue;
    if (problem.includes('easy to guess')) return translate(lang, 'staff.pin.trivial');
    return translate(lang, 'staff.pin.format');
  }
  return null;
}
