import type { ReactNode } from 'react';
import type { Language } from '../../../../shared/i18n';
import { Notice } from './Notice';
import type { StaffChoice } from './useStaffSession';

/**
 * The names to sign in with, as large touch targets: the person picks their own account first, so
 * the PIN is checked against that account only.
 */
export function StaffPicker({
  title,
  lead,
  staff,
  notice,
  empty,
  lang,
  onChoose,
  children,
}: {
  title: string;
  lead: string;
  staff: readonly StaffChoice[];
  notice: string | null;
  /** Said instead of the list when nobody can sign in here yet. */
  empty: string;
  lang: Language;
  onChoose: (staff: StaffChoice) => void;
  /** Extra controls under the names (e.g. "change counter"). */
  children?: ReactNode;
}) {
  return (
    <section className="staff-card staff-picker" aria-labelledby="staff-picker-title">
      <h1 id="staff-picker-title" className="staff-card-title">
        {title}
      </h1>
      <p className="staff-card-lead">{lead}</p>
      {notice && <Notice tone="info" text={notice} lang={lang} />}
      {staff.length === 0 && <Notice tone="error" text={empty} lang={lang} />}
      <div className="staff-choices">
        {staff.map((person) => (
          <button key={person.id} type="button" className="staff-button staff-choice" data-testid={`choose-staff-${person.id}`} onClick={() => onChoose(person)}>
            {person.name}
          </button>
        ))}
      </div>
      {children && <div className="sign-in-switches">{children}</div>}
    </section>
  );
}
