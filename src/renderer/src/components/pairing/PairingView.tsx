import { translate, type Language } from '../../../../shared/i18n';
import { usePairing, type DeviceRole } from './usePairing';
import './pairing.css';

/** The pairing code, large enough to read from across the room while the supervisor types it. */
export function PairingView({
  role,
  title,
  label,
  lang,
  onPaired,
}: {
  role: DeviceRole;
  title: string;
  /** The device's name in Supervisor › Perangkat. */
  label: string;
  lang: Language;
  onPaired: () => void;
}) {
  const state = usePairing(role, label, onPaired);
  return (
    <main className="pairing-screen" data-testid={`${role}-pairing`}>
      <h1 className="pairing-title">{title}</h1>
      {state.kind === 'showing' ? (
        <>
          <p className="pairing-code" data-testid="pairing-code" aria-label={state.code.split('').join(' ')}>
            <span>{state.code.slice(0, 3)}</span>
            <span>{state.code.slice(3)}</span>
          </p>
          <p className="pairing-instruction">{translate(lang, 'pairing.instruction')}</p>
          <p className="pairing-status" role="status">
            {state.offline ? translate(lang, 'pairing.offline') : translate(lang, 'pairing.waiting', { label })}
          </p>
        </>
      ) : (
        <p className="pairing-status" role="status">
          {state.kind === 'failed' ? translate(lang, 'pairing.offline') : translate(lang, 'pairing.loading')}
        </p>
      )}
    </main>
  );
}

/** A screen that may not run here at all (refused credential inside Electron, or a browser paired as something else). */
export function PairingRefusal({ text }: { text: string }) {
  return (
    <main className="pairing-screen" role="alert">
      <h1 className="pairing-title">{text}</h1>
    </main>
  );
}
