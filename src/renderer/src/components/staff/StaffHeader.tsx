import type { ReactNode } from 'react';
import type { SessionView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { LanguageToggle } from '../LanguageToggle';

/** The bar atop staff screens: what this screen is, who is signed in, the language and signing out. */
export function StaffHeader({
  title,
  staffName,
  role = 'counter',
  lang,
  onLanguage,
  onSignOut,
  children,
}: {
  title: string;
  staffName: string | null;
  /** Names the person by their role: "Petugas" at a counter, "Supervisor" on the supervisor's screens. */
  role?: SessionView['role'];
  lang: Language;
  onLanguage: (lang: Language) => void;
  onSignOut: (() => void) | null;
  /** Screen-specific facts between the title and the controls (counter state, clock…). */
  children?: ReactNode;
}) {
  return (
    <header className="staff-header">
      <div className="staff-header-title">
        <p className="staff-header-name">{title}</p>
        {staffName && <p className="staff-header-person">{translate(lang, role === 'supervisor' ? 'staff.signedInAsSupervisor' : 'staff.signedInAs', { name: staffName })}</p>}
      </div>
      <div className="staff-header-middle">{children}</div>
      <LanguageToggle lang={lang} onChange={onLanguage} />
      {onSignOut && (
        <button type="button" className="staff-button staff-button--quiet" data-testid="sign-out" onClick={onSignOut}>
          {translate(lang, 'staff.signOut')}
        </button>
      )}
    </header>
  );
}
