import { useState, type FormEvent } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { call, toApiError, type ApiError } from '../../api/client';
import { Field } from '../staff/Field';
import { NewPinFields, useNewPin } from '../staff/NewPinFields';
import { Notice } from '../staff/Notice';
import { staffErrorMessage } from '../staff/staffErrors';
import type { SignedIn } from '../staff/useStaffSession';

/**
 * First run: the setup code from the slip the ticket printer printed at start, then the first
 * supervisor (name and PIN twice). The API accepts it only on the office PC itself, with the right code,
 * and refuses trivial PINs; every refusal is explained.
 */
export function SetupView({
  lang,
  onDone,
  onAlreadySetUp,
}: {
  lang: Language;
  onDone: (result: SignedIn) => void;
  /** Another screen finished the setup meanwhile: back to the sign-in. */
  onAlreadySetUp: () => void;
}) {
  const [code, setCode] = useState('');
  const [reprint, setReprint] = useState<string | null>(null);
  const [name, setName] = useState('');
  const newPin = useNewPin();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!newPin.matches) {
      setError(translate(lang, 'staff.pin.mismatch'));
      return;
    }
    setBusy(true);
    try {
      onDone(await call('auth.setup', { setupCode: code, name, pin: newPin.pin }));
    } catch (err) {
      const apiError = toApiError(err);
      console.warn('[setup] auth.setup failed:', apiError.code, apiError.message, apiError.problems);
      if (apiError.code === 'wrong_state') {
        onAlreadySetUp();
        return;
      }
      setError(setupErrorMessage(lang, apiError));
      setBusy(false);
    }
  };

  const printAgain = async (): Promise<void> => {
    try {
      const notice = await call('auth.printSetupCode', {});
      setReprint(translate(lang, notice.printed ? 'setup.reprinted' : 'setup.reprintFailed'));
    } catch (err) {
      setReprint(setupErrorMessage(lang, toApiError(err)));
    }
  };

  return (
    <form className="staff-card setup" onSubmit={(event) => void submit(event)} data-testid="setup-form">
      <h1 className="staff-card-title">{translate(lang, 'setup.title')}</h1>
      <p className="staff-card-lead">{translate(lang, 'setup.intro')}</p>
      {error && <Notice tone="error" text={error} lang={lang} testId="setup-error" />}
      <Field
        label={translate(lang, 'setup.code')}
        value={code}
        onChange={(value) => setCode(value.replace(/[^\d ]/g, '').slice(0, 9))}
        inputMode="numeric"
        autoComplete="off"
        required
        autoFocus
        data-testid="setup-code"
      />
      <p className="staff-hint">{translate(lang, 'setup.codeHint')}</p>
      <button type="button" className="staff-button staff-button--quiet" onClick={() => void printAgain()} data-testid="setup-reprint">
        {translate(lang, 'setup.reprint')}
      </button>
      {reprint && <p className="staff-hint" data-testid="setup-reprint-result">{reprint}</p>}
      <Field label={translate(lang, 'setup.name')} value={name} onChange={setName} maxLength={60} required data-testid="setup-name" />
      <NewPinFields newPin={newPin} labels={[translate(lang, 'setup.pin'), translate(lang, 'setup.pinAgain')]} testId="setup-pin" />
      <button type="submit" className="staff-button staff-button--primary" disabled={busy} data-testid="setup-submit">
        {translate(lang, 'setup.submit')}
      </button>
    </form>
  );
}

function setupErrorMessage(lang: Language, error: ApiError): string {
  if (error.code === 'forbidden') return translate(lang, 'setup.onlyOnOfficePc');
  return staffErrorMessage(lang, error);
}
