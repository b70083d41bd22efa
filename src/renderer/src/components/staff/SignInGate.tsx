import type { ReactNode } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { Notice } from './Notice';
import { staffErrorMessage } from './staffErrors';
import type { SignInChoices, StaffGate } from './useStaffSession';

/**
 * What a staff screen (/counter, /supervisor, /laporan) shows until the right person is signed in: a
 * wait, an unreachable office, the office's first-run setup, or the screen's own sign-in.
 */
export function SignInGate({
  gate,
  lang,
  setup,
  signIn,
}: {
  gate: StaffGate;
  lang: Language;
  /** Shown while the office has no supervisor yet. */
  setup: ReactNode;
  /** The screen's sign-in, with the names it may offer and the notice to show (e.g. "session ended"). */
  signIn: (choices: SignInChoices, notice: string | null) => ReactNode;
}) {
  switch (gate.kind) {
    case 'loading':
    case 'signedIn':
      return <p className="staff-hint">{translate(lang, 'staff.loading')}</p>;
    case 'unreachable':
      return <Notice tone="error" text={staffErrorMessage(lang, gate.error)} lang={lang} />;
    case 'setup':
      return setup;
    case 'signedOut':
      return signIn(gate.choices, gate.notice ? translate(lang, gate.notice) : null);
  }
}
