import { useId, useState, type FormEvent } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import type { AgencyOverview } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { Field } from '../../components/staff/Field';
import { NewPinFields, useNewPin } from '../../components/staff/NewPinFields';
import { Notice } from '../../components/staff/Notice';
import type { PanelNotice } from './usePanelRequest';

type NewStaff = MethodInput<'staff.create'>;
const ROLES: readonly NewStaff['role'][] = ['counter', 'supervisor'];

/** Name, role and PIN (twice) of a new staff member; the API checks the PIN rules and says which failed. */
export function AddStaffForm({
  lang,
  agencies,
  busy,
  notice,
  onDismiss,
  onAdd,
  onMismatch,
}: {
  lang: Language;
  /** The building's agencies, for the building's supervisor to give the account one; empty: no choice. */
  agencies: readonly AgencyOverview[];
  busy: boolean;
  /** The outcome of the last attempt, shown in the form next to what it concerns. */
  notice: PanelNotice | null;
  onDismiss: () => void;
  onAdd: (input: NewStaff) => Promise<boolean>;
  onMismatch: () => void;
}) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<NewStaff['role']>('counter');
  const [agency, setAgency] = useState('');
  const agencyField = useId();
  const newPin = useNewPin();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!newPin.matches) {
      onMismatch();
      return;
    }
    if (await onAdd({ name, role, pin: newPin.pin, ...(agency === '' ? {} : { agency }) })) {
      setName('');
      newPin.clear();
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
      {agencies.length > 0 && (
        <div className="field">
          <label className="field-label" htmlFor={agencyField}>
            {translate(lang, 'supervisor.staff.agency')}
          </label>
          <select id={agencyField} className="field-input" value={agency} onChange={(event) => setAgency(event.target.value)} data-testid="staff-agency">
            <option value="">{translate(lang, 'supervisor.staff.building')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name[lang]}
              </option>
            ))}
          </select>
        </div>
      )}
      <NewPinFields newPin={newPin} labels={[translate(lang, 'supervisor.staff.pin'), translate(lang, 'supervisor.staff.pinAgain')]} testId="staff-pin" />
      {notice && <Notice tone={notice.tone} text={notice.text} lang={lang} onDismiss={onDismiss} testId="add-staff-notice" />}
      <button type="submit" className="staff-button staff-button--primary" disabled={busy} data-testid="staff-submit">
        {translate(lang, 'supervisor.staff.submit')}
      </button>
    </form>
  );
}
