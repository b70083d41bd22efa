import { useState, type FormEvent } from 'react';
import type { StaffView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { Dialog } from '../../components/staff/Dialog';
import { Field } from '../../components/staff/Field';

/** A new PIN for one staff member, typed twice. */
export function ChangePinDialog({
  member,
  lang,
  onSave,
  onClose,
}: {
  member: StaffView;
  lang: Language;
  onSave: (pin: string) => void;
  onClose: () => void;
}) {
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const mismatch = pinAgain.length >= pin.length && pinAgain !== '' && pin !== pinAgain;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (pin === pinAgain) onSave(pin);
  };

  return (
    <Dialog title={translate(lang, 'supervisor.staff.changePinFor', { name: member.name })} lang={lang} onClose={onClose} testId="change-pin-dialog">
      <form className="dialog-form" onSubmit={submit}>
        <Field label={translate(lang, 'supervisor.staff.pin')} value={pin} onChange={setPin} pin required data-testid="new-pin" />
        <Field label={translate(lang, 'supervisor.staff.pinAgain')} value={pinAgain} onChange={setPinAgain} pin required data-testid="new-pin-again" />
        {mismatch && <p className="field-error">{translate(lang, 'staff.pin.mismatch')}</p>}
        <button type="submit" className="staff-button staff-button--primary" disabled={pin.length < 4 || pin !== pinAgain} data-testid="new-pin-save">
          {translate(lang, 'supervisor.staff.save')}
        </button>
      </form>
    </Dialog>
  );
}
