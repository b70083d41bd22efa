import type { ReactNode } from 'react';
import { DEFAULT_LANGUAGE, translate, type MessageKey } from '../../../../shared/i18n';
import { deviceLabel } from './deviceLabel';
import { PairingRefusal, PairingView } from './PairingView';
import { useKioskAccess } from './useKioskAccess';

/**
 * Shows `children` (a kiosk-role screen: /kiosk, /rate) only once the office accepts this page as a
 * kiosk; a LAN browser without a valid credential shows its pairing code until a supervisor approves it.
 */
export function KioskPairingGate({ title, label, children }: { title: MessageKey; label: MessageKey; children: ReactNode }) {
  const lang = DEFAULT_LANGUAGE;
  const { access, paired } = useKioskAccess();
  const name = deviceLabel(window.location.search, translate(lang, label));

  switch (access) {
    case 'allowed':
      return children;
    case 'unpaired':
      return <PairingView role="kiosk" title={translate(lang, title)} label={name} lang={lang} onPaired={paired} />;
    case 'otherRole':
      return <PairingRefusal text={translate(lang, 'pairing.otherRole')} />;
    case 'refused':
      return <PairingRefusal text={translate(lang, 'pairing.notAllowed')} />;
    case 'checking':
    case 'unreachable':
      return (
        <main className="pairing-screen">
          <p className="pairing-status" role="status">
            {translate(lang, access === 'checking' ? 'pairing.loading' : 'pairing.offline')}
          </p>
        </main>
      );
  }
}
