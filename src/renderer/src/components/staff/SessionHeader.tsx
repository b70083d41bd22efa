import type { Language } from '../../../../shared/i18n';
import { StaffHeader } from './StaffHeader';
import type { StaffSession } from './useStaffSession';

/** The header of a screen behind the sign-in: once someone is signed in, who it is and the way out. */
export function SessionHeader({ title, staff, lang, onLanguage }: { title: string; staff: StaffSession; lang: Language; onLanguage: (lang: Language) => void }) {
  const { gate } = staff;
  const signedIn = gate.kind === 'signedIn';
  return (
    <StaffHeader
      title={title}
      staffName={signedIn ? gate.session.staffName : null}
      {...(signedIn ? { role: gate.session.role } : {})}
      lang={lang}
      onLanguage={onLanguage}
      onSignOut={signedIn ? () => void staff.signOut() : null}
    />
  );
}
