import { translate, type Language } from '../../../../shared/i18n';
import { usePairing } from './usePairing';

/** The pairing code, large enough to read from across the room while the supervisor types it. */
export function PairingView({ lang, label, onPaired }: { lang: Language; label: string; onPaired: () => void }) {
  const state = usePairing(label, onPaired);
  return (
    <main className="display-pairing" data-testid="display-pairing">
      <h1 className="pairing-title">{translate(lang, 'display.pairTitle')}</h1>
      {state.kind === 'showing' ? (
        <>
          <p className="pairing-code" data-testid="pairing-code" aria-label={state.code.split('').join(' ')}>
            <span>{state.code.slice(0, 3)}</span>
            <span>{state.code.slice(3)}</span>
          </p>
          <p className="pairing-instruction">{translate(lang, 'display.pairInstruction')}</p>
          <p className="pairing-status" role="status">
            {state.offline ? translate(lang, 'display.pairOffline') : translate(lang, 'display.pairWaiting', { label })}
          </p>
        </>
      ) : (
        <p className="pairing-status" role="status">
          {state.kind === 'failed' ? translate(lang, 'display.pairOffline') : translate(lang, 'display.loading')}
        </p>
      )}
    </main>
  );
}
