import { useState } from 'react';
import type { Language, MessageKey } from '../../../../shared/i18n';
import { BackspaceKey, OkKey, type OkLabels } from './KeypadKeys';

/**
 * A code typed on large keys, one key per character the code can hold (so a misread O or I cannot be
 * typed), shown as it will be printed with "_" for what is still missing. The ticket's phone code on
 * /rate and the booking code on the kiosk.
 */
export function CodePad({
  alphabet,
  length,
  format,
  lang,
  labels,
  busy,
  testIdPrefix,
  className = 'keypad-code',
  onSubmit,
}: {
  alphabet: string;
  length: number;
  /** The code as shown: the typed characters padded with "_" to `length`. */
  format: (padded: string) => string;
  lang: Language;
  labels: OkLabels & { backspace: MessageKey };
  busy: boolean;
  testIdPrefix: string;
  /** The keys' grid (its columns). */
  className?: string;
  onSubmit: (code: string) => void;
}) {
  const [code, setCode] = useState('');
  return (
    <>
      <p className="keypad-display keypad-display--code" data-testid={`${testIdPrefix}-display`} aria-live="polite">
        {format(code.padEnd(length, '_'))}
      </p>
      <div className={className}>
        {[...alphabet].map((c) => (
          <button key={c} type="button" className="keypad-key keypad-key--code" data-testid={`${testIdPrefix}-${c}`} disabled={code.length >= length} onClick={() => setCode(code + c)}>
            {c}
          </button>
        ))}
        <BackspaceKey lang={lang} label={labels.backspace} testId={`${testIdPrefix}-backspace`} disabled={code === ''} onPress={() => setCode(code.slice(0, -1))} />
        <OkKey lang={lang} labels={labels} testId={`${testIdPrefix}-ok`} ready={code.length === length} busy={busy} onPress={() => onSubmit(code)} />
      </div>
    </>
  );
}
