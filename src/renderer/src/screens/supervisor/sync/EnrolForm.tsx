import { useState, type FormEvent } from 'react';
import type { MethodInput } from '../../../../../shared/api/contract';
import { translate, type Language } from '../../../../../shared/i18n';
import { Field } from '../../../components/staff/Field';

type Enrolment = MethodInput<'sync.enrol'>;

/** The city server's address and the one-time code from the city administrator (again, to re-enrol). */
export function EnrolForm({
  lang,
  busy,
  enrolled,
  defaultUrl,
  onEnrol,
}: {
  lang: Language;
  busy: boolean;
  enrolled: boolean;
  defaultUrl: string;
  onEnrol: (input: Enrolment) => Promise<boolean>;
}) {
  const [serverUrl, setServerUrl] = useState(defaultUrl);
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const input: Enrolment = label.trim() ? { serverUrl, code, label } : { serverUrl, code };
    if (await onEnrol(input)) setCode('');
  };

  return (
    <form className="desk-panel staff-form" onSubmit={(event) => void submit(event)} data-testid="enrol-form">
      <h2 className="panel-title">{translate(lang, enrolled ? 'supervisor.sync.reenrol' : 'supervisor.sync.enrol')}</h2>
      <p className="staff-hint">{translate(lang, 'supervisor.sync.enrolHint')}</p>
      <Field label={translate(lang, 'supervisor.sync.serverUrl')} value={serverUrl} onChange={setServerUrl} placeholder="http://" required data-testid="enrol-url" />
      <Field label={translate(lang, 'supervisor.sync.code')} value={code} onChange={(v) => setCode(v.toUpperCase())} autoComplete="off" required data-testid="enrol-code" />
      <Field label={translate(lang, 'supervisor.sync.label')} value={label} onChange={setLabel} maxLength={60} data-testid="enrol-label" />
      <button type="submit" className="staff-button staff-button--primary" disabled={busy || serverUrl.trim() === '' || code.trim() === ''} data-testid="enrol-submit">
        {translate(lang, 'supervisor.sync.enrolSubmit')}
      </button>
    </form>
  );
}
