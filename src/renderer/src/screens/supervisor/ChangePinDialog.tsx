import type { FormEvent } from 'react';
import type { StaffView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { Dialog } from '../../components/staff/Dialog';
import { NewPinFields, useNewPin } from '../../components/staff/NewPinFields';

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
  const newPin = useNewPin();
  const { pin, again } = newPin;
  const mismatch = again.length >= pin.length && again !== '' && !newPin.matches;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (newPin.matches) onSave(pin);
  };

  return (
    <Dialog title={translate(lang, 'supervisor.staff.changePinFor', { name: member.name })} lang={lang} onClose={onClose} testId="change-pin-dialog">
      <form className="dialog-form" onSubmit={submit}>
        <NewPinFields newPin={newPin} labels={[translate(lang, 'supervisor.staff.pin'), translate(lang, 'supervisor.staff.pinAgain')]} testId="new-pin" />
        {mismatch && <p className="field-error">{translate(lang, 'staff.pin.mismatch')}</p>}
        <button type="submit" className="staff-button staff-button--primary" disabled={pin.length < 4 || !newPin.matches} data-testid="new-pin-save">
          {translate(lang, 'supervisor.staff.save')}
        </button>
      </form>
    </Dialog>
  );
}
