import { translate, type Language } from '../../../../shared/i18n';
import type { ApiError } from '../../api/client';

/**
 * Failures in plain words for staff, from the API's stable codes only: the numbers a sign-in refusal
 * needs (attempts left, how long to wait) come in its params, which PIN or name rule failed in its issues.
 */
export function staffErrorMessage(lang: Language, error: ApiError): string {
  return pinProblemMessage(lang, error) ?? translate(lang, `staff.error.${error.code}`);
}

/** A refused PIN: "PIN salah, sisa 3 percobaan", "Masuk dikunci 15 menit", "Tunggu 5 detik". */
export function signInErrorMessage(lang: Language, error: ApiError): string {
  const wrongPin = error.paramsOf('wrong_pin');
  if (wrongPin) {
    const { attemptsLeft, retryAfterSeconds } = wrongPin;
    if (attemptsLeft === undefined) return translate(lang, 'signin.wrongPinPlain');
    return retryAfterSeconds === undefined
      ? translate(lang, 'signin.wrongPin', { n: attemptsLeft })
      : translate(lang, 'signin.wrongPinWait', { n: attemptsLeft, s: retryAfterSeconds });
  }
  const locked = error.paramsOf('locked');
  if (locked) {
    const { retryAfterSeconds } = locked;
    if (retryAfterSeconds === undefined) return translate(lang, 'signin.lockedPlain');
    // Under a minute is a short wait (a slowed device, a busy office PC), not a lock.
    return retryAfterSeconds < 60
      ? translate(lang, 'signin.wait', { n: retryAfterSeconds })
      : translate(lang, 'signin.locked', { n: Math.ceil(retryAfterSeconds / 60) });
  }
  if (error.code === 'forbidden') return translate(lang, 'signin.wrongRole');
  if (error.code === 'bad_request') return translate(lang, 'staff.pin.format');
  return staffErrorMessage(lang, error);
}

/** Which PIN or name rule a refused staff form broke, from the API's issues (field "pin", rule "pin_trivial"). */
export function pinProblemMessage(lang: Language, error: ApiError): string | null {
  if (error.code !== 'bad_request') return null;
  for (const issue of error.issues) {
    if (issue.field === 'name') return translate(lang, 'staff.name.required');
    if (issue.field === 'pin') return translate(lang, issue.rule === 'pin_trivial' ? 'staff.pin.trivial' : 'staff.pin.format');
  }
  return null;
}
