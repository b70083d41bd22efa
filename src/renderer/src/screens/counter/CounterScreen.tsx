import { useState } from 'react';
import type { SessionView } from '../../../../shared/api/schemas';
import { DEFAULT_LANGUAGE, translate, type Language } from '../../../../shared/i18n';
import { screenHref } from '../../router/screens';
import { SignInGate } from '../../components/staff/SignInGate';
import { StaffHeader } from '../../components/staff/StaffHeader';
import { useStaffSession } from '../../components/staff/useStaffSession';
import { SetupView } from '../../components/setup/SetupView';
import { CounterDesk } from './CounterDesk';
import { CounterSignIn } from './CounterSignIn';
import '../../components/staff/staff.css';
import './counter.css';

function isCounterSession(session: SessionView): session is SessionView & { counter: number } {
  return session.role === 'counter' && session.counter !== null;
}

/** /counter: first-run setup when needed, else the counter sign-in, else the desk. */
export function CounterScreen() {
  const staff = useStaffSession(isCounterSession);
  const [lang, setLang] = useState<Language>(DEFAULT_LANGUAGE);
  const [createdSupervisor, setCreatedSupervisor] = useState<string | null>(null);
  const { gate } = staff;

  if (gate.kind === 'signedIn' && isCounterSession(gate.session)) {
    return (
      <CounterDesk
        session={gate.session}
        lang={lang}
        onLanguage={setLang}
        onSignOut={() => void staff.signOut()}
        onSessionEnded={staff.sessionEnded}
      />
    );
  }

  return (
    <div className="staff-screen">
      <StaffHeader title={translate(lang, 'app.screen.counter')} staffName={null} lang={lang} onLanguage={setLang} onSignOut={null} />
      <main className="staff-main staff-main--center">{body()}</main>
    </div>
  );

  function body() {
    if (createdSupervisor) {
      return (
        <section className="staff-card" data-testid="setup-done">
          <h1 className="staff-card-title">{translate(lang, 'setup.done', { name: createdSupervisor })}</h1>
          <p className="staff-card-lead">{translate(lang, 'setup.nextStep')}</p>
          <a className="staff-button staff-button--primary" href={screenHref('supervisor', window.location.protocol)}>
            {translate(lang, 'setup.openSupervisor')}
          </a>
        </section>
      );
    }
    return (
      <SignInGate
        gate={gate}
        lang={lang}
        setup={
          <SetupView
            lang={lang}
            onAlreadySetUp={() => staff.recheck('setup.alreadyDone')}
            onDone={(result) => {
              setCreatedSupervisor(result.session.staffName);
              staff.signedIn(result);
            }}
          />
        }
        signIn={(choices, notice) => <CounterSignIn choices={choices} notice={notice} lang={lang} onSignedIn={staff.signedIn} />}
      />
    );
  }
}
