import { useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { PinSignIn } from './PinSignIn';
import { StaffPicker } from './StaffPicker';
import type { SignedIn, SignInChoices, StaffChoice } from './useStaffSession';

/** The supervisor's name (chosen at once when there is only one), then the PIN: /supervisor and /laporan. */
export function SupervisorSignIn({
  choices,
  title,
  notice,
  lang,
  onSignedIn,
}: {
  choices: SignInChoices;
  title: string;
  notice: string | null;
  lang: Language;
  onSignedIn: (result: SignedIn) => void;
}) {
  const { supervisors } = choices;
  const only = supervisors.length === 1 ? supervisors[0] : undefined;
  const [chosen, setChosen] = useState<StaffChoice | null>(only ?? null);

  if (!chosen) {
    return (
      <StaffPicker
        title={title}
        lead={translate(lang, 'signin.chooseName')}
        staff={supervisors}
        notice={notice}
        empty={translate(lang, 'report.needsSetup')}
        lang={lang}
        onChoose={setChosen}
      />
    );
  }
  return (
    <PinSignIn staff={chosen} counter={null} title={title} notice={notice} lang={lang} onSignedIn={onSignedIn}>
      {!only && (
        <button type="button" className="staff-button staff-button--quiet" data-testid="change-name" onClick={() => setChosen(null)}>
          {translate(lang, 'signin.changeName')}
        </button>
      )}
    </PinSignIn>
  );
}
