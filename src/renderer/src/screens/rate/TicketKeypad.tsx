import { useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { BackspaceKey, OkKey } from '../../components/keypad/KeypadKeys';
import { PhoneCodePad } from './PhoneCodePad';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const MAX_DIGITS = 4;
const OK_LABELS = { ok: 'rate.keypad.ok', busy: 'rate.checking' } as const;

/** "Masukkan nomor tiket": the letter of the service, then the digits, on large keys (no text field). */
export function TicketKeypad({
  prefixes,
  lang,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  prefixes: readonly string[];
  lang: Language;
  busy: boolean;
  error: string | null;
  onSubmit: (ticket: string) => void;
  onCancel: () => void;
}) {
  const [prefix, setPrefix] = useState(prefixes.length === 1 ? (prefixes[0] ?? '') : '');
  const [digits, setDigits] = useState('');
  /** The number printed large, or the phone code printed under the QR code. */
  const [mode, setMode] = useState<'number' | 'code'>('number');
  const ready = prefix !== '' && digits !== '' && Number(digits) > 0;
  const press = (digit: string): void => {
    if (digits.length < MAX_DIGITS) setDigits(digits + digit);
  };

  return (
    <div className="modal-backdrop">
      <section className="keypad" role="dialog" aria-modal="true" aria-labelledby="keypad-title" data-testid="ticket-keypad">
        <h1 id="keypad-title" className="keypad-title">
          {translate(lang, 'rate.keypad.title')}
        </h1>
        <p className="keypad-hint">{translate(lang, mode === 'code' ? 'rate.keypad.codeHint' : 'rate.keypad.hint')}</p>
        {error && (
          <p className="rate-notice" role="alert" data-testid="keypad-error">
            {error}
          </p>
        )}
        {mode === 'code' ? (
          <PhoneCodePad lang={lang} busy={busy} onSubmit={onSubmit} />
        ) : (
          <>
            <p className="keypad-display" data-testid="keypad-display" aria-live="polite">
              {prefix || '_'}-{digits.padStart(3, '0')}
            </p>
            <div className="keypad-letters">
              {prefixes.map((letter) => (
                <button
                  key={letter}
                  type="button"
                  className={letter === prefix ? 'keypad-key keypad-key--letter keypad-key--on' : 'keypad-key keypad-key--letter'}
                  data-testid={`keypad-letter-${letter}`}
                  aria-pressed={letter === prefix}
                  onClick={() => setPrefix(letter)}
                >
                  {letter}
                </button>
              ))}
            </div>
            <div className="keypad-digits">
              {DIGITS.map((digit) => (
                <button key={digit} type="button" className="keypad-key" data-testid={`keypad-${digit}`} onClick={() => press(digit)}>
                  {digit}
                </button>
              ))}
              <BackspaceKey lang={lang} label="rate.keypad.backspace" testId="keypad-backspace" disabled={digits === ''} onPress={() => setDigits(digits.slice(0, -1))} />
              <button type="button" className="keypad-key" data-testid="keypad-0" onClick={() => press('0')}>
                0
              </button>
              <OkKey lang={lang} labels={OK_LABELS} testId="keypad-ok" ready={ready} busy={busy} onPress={() => onSubmit(`${prefix}-${digits.padStart(3, '0')}`)} />
            </div>
          </>
        )}
        <button type="button" className="rate-secondary" data-testid="keypad-mode" onClick={() => setMode(mode === 'code' ? 'number' : 'code')}>
          {translate(lang, mode === 'code' ? 'rate.keypad.useNumber' : 'rate.keypad.useCode')}
        </button>
        <button type="button" className="rate-secondary" data-testid="keypad-cancel" onClick={onCancel}>
          {translate(lang, 'rate.keypad.cancel')}
        </button>
      </section>
    </div>
  );
}
