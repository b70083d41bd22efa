import { useState } from 'react';
import { DEFAULT_LANGUAGE, translate, type Language } from '../../../../shared/i18n';
import { SessionHeader } from '../../components/staff/SessionHeader';
import { SignInGate } from '../../components/staff/SignInGate';
import { SupervisorSignIn } from '../../components/staff/SupervisorSignIn';
import { isSupervisorSession, useStaffSession } from '../../components/staff/useStaffSession';
import { useOfficeOverview } from '../../hooks/useOfficeOverview';
import { ReportView } from './ReportView';
import '../../components/staff/staff.css';
import '../../components/skm/skm.css';
import './report.css';

/** /laporan: the supervisor's Laporan SKM, behind the same PIN sign-in as /supervisor. */
export function ReportScreen() {
  const staff = useStaffSession(isSupervisorSession);
  const { overview } = useOfficeOverview();
  const [lang, setLang] = useState<Language>(DEFAULT_LANGUAGE);
  const { gate } = staff;
  const signedIn = gate.kind === 'signedIn';

  return (
    <div className="staff-screen report-screen">
      <div className="no-print">
        <SessionHeader title={translate(lang, 'app.screen.laporan')} staff={staff} lang={lang} onLanguage={setLang} />
      </div>
      {signedIn && overview ? (
        <ReportView lang={lang} overview={overview} counters={gate.choices.counters} sessionAgency={gate.session.agency} onSessionEnded={staff.sessionEnded} />
      ) : (
        <main className="staff-main staff-main--center">
          <SignInGate
            gate={gate}
            lang={lang}
            // Before the first supervisor exists there is nobody to sign in; /supervisor does the setup.
            setup={<p className="staff-hint">{translate(lang, 'report.needsSetup')}</p>}
            signIn={(choices, notice) => (
              <SupervisorSignIn choices={choices} title={translate(lang, 'report.signinTitle')} notice={notice} lang={lang} onSignedIn={staff.signedIn} />
            )}
          />
        </main>
      )}
    </div>
  );
}
