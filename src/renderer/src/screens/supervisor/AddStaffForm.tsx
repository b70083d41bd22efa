import { useState, type FormEvent } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import { translate, type Language } from '../../../../shared/i18n';
import { Field } from '../../components/staff/Field';

type NewStaff = MethodInput<'staff.create'>;
const ROLES: readonly NewStaff['role'][] = ['counter', 'supervisor'];

/** Name, role and PIN (twice) of a new staff member; the API checks the PIN rules and says which failed. */
export function AddStaffForm({
  lang,
  busy,
  onAdd,
  onMismatch,
}: {
  lang: Language;
  busy: boolean;
  onAdd: (input: NewStaff) => Promise<boolean>;
  onMismatch: () => void;
}) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<NewStaff['role']>('counter');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (pin !== pinAgain) {
      onMismatch();
      return;
    }
    if (await onAdd({ name, role, pin })) {
      setName('');
      setPin('');
      setPinAgain('');
    }
  };

  return (
    <form className="desk-panel staff-form" onSubmit={(event) => void submit(event)} data-testid="add-staff-form">
      <h2 className="panel-title">{translate(lang, 'supervisor.staff.add')}</h2>
      <Field label={translate(lang, 'supervisor.staff.name')} value={name} onChange={setName} maxLength={60} required data-testid="staff-name" />
      <fieldset className="role-choice">
        <legend className="field-label">{translate(lang, 'supervisor.staff.role')}</legend>
        {ROLES.map((r) => (
          <label key={r} className={role === r ? 'role-option role-option--chosen' : 'role-option'}>
            <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} data-testid={`staff-role-${r}`} />
            {translate(lang, `staff.role.${r}`)}
          </label>
        ))}
      </fieldset>
      <Field label={translate(lang, 'supervisor.staff.pin')} value={pin} onChange={setPin} pin required data-testid="staff-pin" />
      <Field label={translate(lang, 'supervisor.staff.pinAgain')} value={pinAgain} onChange={setPinAgain} pin required data-testid="staff-pin-again" />
      <button type="submit" className="staff-button staff-button--primary" disabled={busy} data-testid="staff-submit">
        {translate(lang, 'supervisor.staff.submit')}
      </button>
    </form>
  );
}
