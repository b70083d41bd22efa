import { useState } from 'react';
import type { SessionView } from '../../../../shared/api/schemas';
import { DEFAULT_LANGUAGE, translate, type Language } from '../../../../shared/i18n';
import { AppWindowBar } from '../../components/appWindow/AppWindowBar';
import { returnPath } from '../../components/appWindow/returnPath';
import { Notice } from '../../components/staff/Notice';
import { StaffHeader } from '../../components/staff/StaffHeader';
import { SupervisorSignIn } from '../../components/staff/SupervisorSignIn';
import { staffErrorMessage } from '../../components/staff/staffErrors';
import { useStaffSession } from '../../components/staff/useStaffSession';
import { SetupView } from '../setup/SetupView';
import { SupervisorTabs } from './SupervisorTabs';
import '../../components/staff/staff.css';
import './supervisor.css';

function isSupervisorSession(session: SessionView): boolean {
  return session.role === 'supervisor';
}

/**
 * /supervisor: first-run setup when needed, else the supervisor PIN sign-in, else the tabs. Opened from
 * the kiosk or TV window, it shows the way back (and signs out by itself when left alone).
 */
export function SupervisorScreen() {
  const staff = useStaffSession(isSupervisorSession);
  const [lang, setLang] = useState<Language>(DEFAULT_LANGUAGE);
  const [backTo] = useState(returnPath);
  const { gate } = staff;
  const signedIn = gate.kind === 'signedIn';

  return (
    <div className="staff-screen">
      <StaffHeader
        title={translate(lang, 'app.screen.supervisor')}
        staffName={signedIn ? gate.session.staffName : null}
        lang={lang}
        onLanguage={setLang}
        onSignOut={signedIn ? () => void staff.signOut() : null}
      />
      {backTo && <AppWindowBar backTo={backTo} signedIn={signedIn} lang={lang} signOut={staff.signOut} />}
      {signedIn ? (
        <SupervisorTabs lang={lang} onSessionEnded={staff.sessionEnded} />
      ) : (
        <main className="staff-main staff-main--center">{body()}</main>
      )}
    </div>
  );

  function body() {
    switch (gate.kind) {
      case 'loading':
      case 'signedIn':
        return <p className="staff-hint">{translate(lang, 'staff.loading')}</p>;
      case 'unreachable':
        return <Notice tone="error" text={staffErrorMessage(lang, gate.error)} lang={lang} />;
      case 'setup':
        return <SetupView lang={lang} onDone={staff.signedIn} onAlreadySetUp={() => staff.recheck('setup.alreadyDone')} />;
      case 'signedOut':
        return (
          <SupervisorSignIn
            supervisors={gate.choices.supervisors}
            title={translate(lang, 'signin.supervisorTitle')}
            notice={gate.notice ? translate(lang, gate.notice) : null}
            lang={lang}
            onSignedIn={staff.signedIn}
          />
        );
    }
  }
}
