import { useEffect, useLayoutEffect, useRef } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { isTyping } from './isTyping';

const MAX_DIGITS = 8;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * A large on-screen PIN keypad that also listens to the keyboard (digits, Backspace, Enter, Escape).
 * The PIN is shown as dots only.
 */
export function PinPad({
  value,
  onChange,
  onSubmit,
  busy,
  lang,
  submitLabel,
}: {
  value: string;
  onChange: (pin: string) => void;
  onSubmit: () => void;
  busy: boolean;
  lang: Language;
  /** The submit key's word when it does more than sign in (e.g. "Keluar"). */
  submitLabel?: string;
}) {
  const latest = useRef({ value, onChange, onSubmit, busy });
  // Before paint: a key pressed as soon as the screen shows a change must see that change.
  useLayoutEffect(() => {
    latest.current = { value, onChange, onSubmit, busy };
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isTyping(event.target) || event.ctrlKey || event.altKey || event.metaKey) return;
      const { value: pin, onChange: change, onSubmit: submit, busy: waiting } = latest.current;
      if (waiting) return;
      if (/^\d$/.test(event.key)) {
        if (pin.length < MAX_DIGITS) change(pin + event.key);
      } else if (event.key === 'Backspace') {
        change(pin.slice(0, -1));
      } else if (event.key === 'Escape') {
        change('');
      } else if (event.key === 'Enter') {
        submit();
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const press = (digit: string): void => {
    if (value.length < MAX_DIGITS) onChange(value + digit);
  };

  return (
    <div className="pin-pad">
      {/* The dots are for the eye; a screen reader hears the count (an aria-label on a plain div is not read). */}
      <div className="pin-dots" data-testid="pin-dots" aria-live="polite">
        <span className="visually-hidden">{translate(lang, 'signin.pinLength', { n: value.length })}</span>
        {Array.from({ length: Math.max(4, value.length) }, (_, i) => (
          <span key={i} className={i < value.length ? 'pin-dot pin-dot--filled' : 'pin-dot'} aria-hidden="true" />
        ))}
      </div>
      <div className="pin-keys">
        {KEYS.map((digit) => (
          <button key={digit} type="button" className="pin-key" data-testid={`pin-key-${digit}`} disabled={busy} onClick={() => press(digit)}>
            {digit}
          </button>
        ))}
        <button
          type="button"
          className="pin-key pin-key--aux"
          data-testid="pin-backspace"
          aria-label={translate(lang, 'signin.backspace')}
          disabled={busy || value === ''}
          onClick={() => onChange(value.slice(0, -1))}
        >
          ⌫
        </button>
        <button type="button" className="pin-key" data-testid="pin-key-0" disabled={busy} onClick={() => press('0')}>
          0
        </button>
        <button
          type="button"
          className="pin-key pin-key--submit"
          data-testid="pin-submit"
          disabled={busy || value.length < 4}
          onClick={onSubmit}
        >
          {submitLabel ?? translate(lang, 'signin.submit')}
        </button>
      </div>
    </div>
  );
}
