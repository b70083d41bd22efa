import { useEffect, useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { call, toApiError } from '../../api/client';
import { Dialog } from '../staff/Dialog';
import { Notice } from '../staff/Notice';
import { PinPad } from '../staff/PinPad';
import { signInErrorMessage, staffErrorMessage } from '../staff/staffErrors';
import type { StaffChoice } from '../staff/useStaffSession';
import '../staff/staff.css';

/**
 * A supervisor's name (chosen at once when there is only one) and PIN to leave kiosk mode; wrong PINs
 * count towards that supervisor's sign-in lockout.
 */
export function KioskExitDialog({ lang, onClose }: { lang: Language; onClose: () => void }) {
  const [supervisors, setSupervisors] = useState<StaffChoice[] | null>(null);
  const [chosen, setChosen] = useState<StaffChoice | null>(null);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    call('auth.status', {}).then(
      (status) => {
        if (cancelled) return;
        setSupervisors(status.supervisors);
        if (status.supervisors.length === 1) setChosen(status.supervisors[0] ?? null);
      },
      (err: unknown) => {
        const apiError = toApiError(err);
        console.warn('[kiosk] auth.status failed:', apiError.code, apiError.message);
        if (!cancelled) setError(staffErrorMessage(lang, apiError));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [lang]);

  const submit = async (): Promise<void> => {
    if (busy || !chosen || pin.length < 4) return;
    setBusy(true);
    try {
      await call('kiosk.exit', { staffId: chosen.id, pin });
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
      {chosen ? (
        <>
          <p className="dialog-hint" data-testid="kiosk-exit-name">
            {translate(lang, 'signin.enterPin', { name: chosen.name })}
          </p>
          {error && <Notice tone="error" text={error} lang={lang} testId="kiosk-exit-error" />}
          <PinPad value={pin} onChange={setPin} onSubmit={() => void submit()} busy={busy} lang={lang} submitLabel={translate(lang, 'kioskExit.submit')} />
          {supervisors && supervisors.length > 1 && (
            <button
              type="button"
              className="staff-button staff-button--quiet"
              data-testid="change-name"
              onClick={() => {
                setChosen(null);
                setPin('');
                setError(null);
              }}
            >
              {translate(lang, 'signin.changeName')}
            </button>
          )}
        </>
      ) : (
        <>
          <p className="dialog-hint">{translate(lang, 'kioskExit.lead')}</p>
          {error && <Notice tone="error" text={error} lang={lang} testId="kiosk-exit-error" />}
          {supervisors?.length === 0 && <Notice tone="error" text={translate(lang, 'report.needsSetup')} lang={lang} />}
          <div className="staff-choices">
            {supervisors?.map((person) => (
              <button key={person.id} type="button" className="staff-button staff-choice" data-testid={`choose-staff-${person.id}`} onClick={() => setChosen(person)}>
                {person.name}
              </button>
            ))}
          </div>
        </>
      )}
    </Dialog>
  );
}
