import { useCallback, useState } from 'react';
import { DEFAULT_LANGUAGE, translate } from '../../../../shared/i18n';
import { electronBridge } from '../../api/ipcTransport';
import { deviceLabel } from '../../components/pairing/deviceLabel';
import { forgetToken, needsPairing } from '../../components/pairing/deviceToken';
import { PairingRefusal, PairingView } from '../../components/pairing/PairingView';
import { DisplayView } from './DisplayView';
import './display.css';

/** The waiting-room TV: paired once with a code, then the calls, shown and spoken. */
export function DisplayScreen() {
  const [paired, setPaired] = useState(() => !needsPairing());
  const [label] = useState(() => deviceLabel(window.location.search, translate(DEFAULT_LANGUAGE, 'display.deviceLabel')));
  const onPaired = useCallback(() => setPaired(true), []);
  const onUnauthorized = useCallback(() => {
    forgetToken();
    setPaired(false);
  }, []);

  if (paired) return <DisplayView onUnauthorized={onUnauthorized} />;
  if (electronBridge()) return <PairingRefusal text={translate(DEFAULT_LANGUAGE, 'display.notAllowed')} />;
  return <PairingView role="display" title={translate(DEFAULT_LANGUAGE, 'display.pairTitle')} label={label} lang={DEFAULT_LANGUAGE} onPaired={onPaired} />;
}
