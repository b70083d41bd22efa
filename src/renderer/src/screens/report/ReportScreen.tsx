import { useState } from 'react';
import type { SessionView } from '../../../../shared/api/schemas';
import { DEFAULT_LANGUAGE, translate, type Language } from '../../../../shared/i18n';
import { Notice } from '../../components/staff/Notice';
import { StaffHeader } from '../../components/staff/StaffHeader';
import { SupervisorSignIn } from '../../components/staff/SupervisorSignIn';
import { staffErrorMessage } from '../../components/staff/staffErrors';
import { useStaffSession } from '../../components/staff/useStaffSession';
import { useOfficeOverview } from '../kiosk/useOfficeOverview';
import { ReportView } from './ReportView';
import '../../components/staff/staff.css';
import '../../components/skm/skm.css';
import './report.css';

function isSupervisorSession(session: SessionView): boolean {
  return session.role === 'supervisor';
}

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
        <StaffHeader
          title={translate(lang, 'app.screen.laporan')}
          staffName={signedIn ? gate.session.staffName : null}
          lang={lang}
          onLanguage={setLang}
          onSignOut={signedIn ? () => void staff.signOut() : null}
        />
      </div>
      {signedIn && overview ? (
        <ReportView lang={lang} overview={overview} counters={gate.choices.counters} onSessionEnded={staff.sessionEnded} />
      ) : (
        <main className="staff-main staff-main--center">{body()}</main>
      )}
    </div>
  );

  function body() {
    switch (gate.kind) {
      case 'loading':
      case 'signedIn':
      case 'setup':
        // Before the first supervisor exists there is nobody to sign in; /supervisor does the setup.
        return <p className="staff-hint">{translate(lang, gate.kind === 'setup' ? 'report.needsSetup' : 'staff.loading')}</p>;
      case 'unreachable':
        return <Notice tone="error" text={staffErrorMessage(lang, gate.error)} lang={lang} />;
      case 'signedOut':
        return (
          <SupervisorSignIn
            supervisors={gate.choices.supervisors}
            title={translate(lang, 'report.signinTitle')}
            notice={gate.notice ? translate(lang, gate.notice) : null}
            lang={lang}
            onSignedIn={staff.signedIn}
          />
        );
    }
  }
}
