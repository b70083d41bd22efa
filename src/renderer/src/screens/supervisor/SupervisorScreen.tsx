import { useState } from 'react';
import { DEFAULT_LANGUAGE, translate, type Language } from '../../../../shared/i18n';
import { AppWindowBar } from '../../components/appWindow/AppWindowBar';
import { returnPath } from '../../components/appWindow/returnPath';
import { SessionHeader } from '../../components/staff/SessionHeader';
import { SignInGate } from '../../components/staff/SignInGate';
import { SupervisorSignIn } from '../../components/staff/SupervisorSignIn';
import { isSupervisorSession, useStaffSession } from '../../components/staff/useStaffSession';
import { SetupView } from '../../components/setup/SetupView';
import { SupervisorTabs } from './SupervisorTabs';
import { agencyLabel, useAgencies } from './useAgencies';
import '../../components/staff/staff.css';
import './supervisor.css';

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
  const agencies = useAgencies();

  return (
    <div className="staff-screen">
      <SessionHeader
        title={signedIn && gate.session.agency !== null ? `${translate(lang, 'app.screen.supervisor')} · ${agencyLabel(agencies, gate.session.agency, lang)}` : translate(lang, 'app.screen.supervisor')}
        staff={staff}
        lang={lang}
        onLanguage={setLang}
      />
      {backTo && <AppWindowBar backTo={backTo} signedIn={signedIn} lang={lang} signOut={staff.signOut} />}
      {signedIn ? (
        <SupervisorTabs lang={lang} onSessionEnded={staff.sessionEnded} agency={gate.session.agency} />
      ) : (
        <main className="staff-main staff-main--center">
          <SignInGate
            gate={gate}
            lang={lang}
            setup={<SetupView lang={lang} onDone={staff.signedIn} onAlreadySetUp={() => staff.recheck('setup.alreadyDone')} />}
            signIn={(choices, notice) => (
              <SupervisorSignIn choices={choices} title={translate(lang, 'signin.supervisorTitle')} notice={notice} lang={lang} onSignedIn={staff.signedIn} />
            )}
          />
        </main>
      )}
    </div>
  );
}
