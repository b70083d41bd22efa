import { useCallback, useState } from 'react';
import { DEFAULT_LANGUAGE, translate } from '../../../../shared/i18n';
import { electronBridge } from '../../api/ipcTransport';
import { DisplayView } from './DisplayView';
import { forgetToken, needsPairing } from './deviceToken';
import { PairingView } from './PairingView';
import './display.css';

/** What the supervisor sees in the device list; `?label=TV%20lantai%202` names a TV apart from the others. */
function deviceLabel(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('label')?.trim();
  return fromUrl ? fromUrl.slice(0, 60) : translate(DEFAULT_LANGUAGE, 'display.deviceLabel');
}

/** The waiting-room TV: paired once with a code, then the calls, shown and spoken. */
export function DisplayScreen() {
  const [paired, setPaired] = useState(() => !needsPairing());
  const [label] = useState(deviceLabel);
  const onPaired = useCallback(() => setPaired(true), []);
  const onUnauthorized = useCallback(() => {
    forgetToken();
    setPaired(false);
  }, []);

  if (paired) return <DisplayView onUnauthorized={onUnauthorized} />;
  if (electronBridge()) {
    return (
      <main className="display-pairing" role="alert">
        <h1 className="pairing-title">{translate(DEFAULT_LANGUAGE, 'display.notAllowed')}</h1>
      </main>
    );
  }
  return <PairingView lang={DEFAULT_LANGUAGE} label={label} onPaired={onPaired} />;
}
