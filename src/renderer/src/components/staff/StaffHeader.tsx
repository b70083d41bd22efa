import type { ReactNode } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { LanguageToggle } from '../LanguageToggle';

/** The bar atop staff screens: what this screen is, who is signed in, the language and signing out. */
export function StaffHeader({
  title,
  staffName,
  lang,
  onLanguage,
  onSignOut,
  children,
}: {
  title: string;
  staffName: string | null;
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
        {staffName && <p className="staff-header-person">{translate(lang, 'staff.signedInAs', { name: staffName })}</p>}
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
