import { useState } from 'react';
import { formatPhoneCode, PHONE_CODE_ALPHABET, PHONE_CODE_LENGTH } from '../../../../shared/domain/phoneCode';
import type { Language } from '../../../../shared/i18n';
import { BackspaceKey, OkKey } from './KeypadKeys';

/**
 * The phone code printed under a ticket's QR code ("7K3M-Q9XA-2BWRT"), typed on large keys: only the
 * characters a code can hold, so a misread O or I cannot be typed.
 */
export function PhoneCodePad({ lang, busy, onSubmit }: { lang: Language; busy: boolean; onSubmit: (code: string) => void }) {
  const [code, setCode] = useState('');
  const shown = formatPhoneCode(code.padEnd(PHONE_CODE_LENGTH, '_'));
  return (
    <>
      <p className="keypad-display keypad-display--code" data-testid="keypad-code-display" aria-live="polite">
        {shown}
      </p>
      <div className="keypad-code">
        {[...PHONE_CODE_ALPHABET].map((c) => (
          <button key={c} type="button" className="keypad-key keypad-key--code" data-testid={`keypad-code-${c}`} disabled={code.length >= PHONE_CODE_LENGTH} onClick={() => setCode(code + c)}>
            {c}
          </button>
        ))}
        <BackspaceKey lang={lang} label="rate.keypad.backspaceCode" testId="keypad-code-backspace" disabled={code === ''} onPress={() => setCode(code.slice(0, -1))} />
        <OkKey lang={lang} testId="keypad-code-ok" ready={code.length === PHONE_CODE_LENGTH} busy={busy} onPress={() => onSubmit(code)} />
      </div>
    </>
  );
}
