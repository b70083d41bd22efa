import { useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../staff/Dialog';
import { Notice } from '../staff/Notice';
import { PinPad } from '../staff/PinPad';
import { signInErrorMessage } from '../staff/staffErrors';
import '../staff/staff.css';

/** The supervisor's PIN to leave kiosk mode; wrong PINs count towards the supervisor sign-in lockout. */
export function KioskExitDialog({ lang, onClose }: { lang: Language; onClose: () => void }) {
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (): Promise<void> => {
    if (busy || pin.length < 4) return;
    setBusy(true);
    try {
      await call('kiosk.exit', { pin });
      // The windows are ordinary ones now; nothing is left to show here.
      onClose();
    } catch (err) {
      const apiError = toApiError(err);
      console.warn('[kiosk] kiosk.exit refused:', apiError.code, apiError.message);
      setError(signInErrorMessage(lang, apiError));
      setPin('');
      setBusy(false);
    }
  };

  return (
    <Dialog title={translate(lang, 'kioskExit.title')} lang={lang} onClose={onClose} testId="kiosk-exit">
      <p className="dialog-hint">{translate(lang, 'kioskExit.lead')}</p>
      {error && <Notice tone="error" text={error} lang={lang} testId="kiosk-exit-error" />}
      <PinPad value={pin} onChange={setPin} onSubmit={() => void submit()} busy={busy} lang={lang} submitLabel={translate(lang, 'kioskExit.submit')} />
    </Dialog>
  );
}
