import { useState, type FormEvent } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { call, toApiError, type ApiError } from '../../api/client';
import { Field } from '../../components/staff/Field';
import { Notice } from '../../components/staff/Notice';
import { staffErrorMessage } from '../../components/staff/staffErrors';
import type { SignedIn } from '../../components/staff/useStaffSession';

/**
 * First run: create the first supervisor (name and PIN twice). The API accepts it only on the office
 * PC itself and refuses trivial PINs; both refusals are explained.
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
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (pin !== pinAgain) {
      setError(translate(lang, 'staff.pin.mismatch'));
      return;
    }
    setBusy(true);
    try {
      onDone(await call('auth.setup', { name, pin }));
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

  return (
    <form className="staff-card setup" onSubmit={(event) => void submit(event)} data-testid="setup-form">
      <h1 className="staff-card-title">{translate(lang, 'setup.title')}</h1>
      <p className="staff-card-lead">{translate(lang, 'setup.intro')}</p>
      {error && <Notice tone="error" text={error} lang={lang} testId="setup-error" />}
      <Field label={translate(lang, 'setup.name')} value={name} onChange={setName} maxLength={60} required autoFocus data-testid="setup-name" />
      <Field label={translate(lang, 'setup.pin')} value={pin} onChange={setPin} pin required data-testid="setup-pin" />
      <Field label={translate(lang, 'setup.pinAgain')} value={pinAgain} onChange={setPinAgain} pin required data-testid="setup-pin-again" />
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
