import { useState, type ReactNode } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { call, toApiError } from '../../api/client';
import { Notice } from './Notice';
import { PinPad } from './PinPad';
import { signInErrorMessage } from './staffErrors';
import type { SignedIn, StaffChoice } from './useStaffSession';

/**
 * The chosen person's PIN, at one counter (or as supervisor when `counter` is null), with the API's
 * refusals in plain words.
 */
export function PinSignIn({
  staff,
  counter,
  title,
  notice,
  lang,
  onSignedIn,
  children,
}: {
  staff: StaffChoice;
  counter: number | null;
  title: string;
  notice: string | null;
  lang: Language;
  onSignedIn: (result: SignedIn) => void;
  /** Extra controls under the keypad (e.g. "change name", "change counter"). */
  children?: ReactNode;
}) {
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (): Promise<void> => {
    if (busy || pin.length < 4) return;
    setBusy(true);
    try {
      const result = await call('auth.signIn', { staffId: staff.id, counter, pin });
      onSignedIn(result);
    } catch (err) {
      const apiError = toApiError(err);
      console.warn('[staff] auth.signIn failed:', apiError.code, apiError.message);
      setError(signInErrorMessage(lang, apiError));
      setPin('');
      setBusy(false);
    }
  };

  return (
    <section className="staff-card sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" className="staff-card-title">
        {title}
      </h1>
      <p className="staff-card-lead" data-testid="sign-in-name">
        {translate(lang, 'signin.enterPin', { name: staff.name })}
      </p>
      {notice && !error && <Notice tone="info" text={notice} lang={lang} />}
      {error && <Notice tone="error" text={error} lang={lang} testId="sign-in-error" />}
      <PinPad value={pin} onChange={setPin} onSubmit={() => void submit()} busy={busy} lang={lang} />
      <p className="staff-hint">{translate(lang, 'signin.keyboardHint')}</p>
      {children && <div className="sign-in-switches">{children}</div>}
    </section>
  );
}
