import { translate, type Language, type MessageKey } from '../../../../shared/i18n';
import './keypad.css';

/** The keypads' ⌫ key: named for screen readers, off when there is nothing to erase. */
export function BackspaceKey({ lang, label, testId, disabled, onPress }: { lang: Language; label: MessageKey; testId: string; disabled: boolean; onPress: () => void }) {
  return (
    <button type="button" className="keypad-key keypad-key--aux" data-testid={testId} aria-label={translate(lang, label)} disabled={disabled} onClick={onPress}>
      ⌫
    </button>
  );
}

/** What the OK key says, ready and while the office answers. */
export interface OkLabels {
  ok: MessageKey;
  busy: MessageKey;
}

/** The keypads' OK key: says it is checking while the office answers, so a second press cannot send twice. */
export function OkKey({ lang, labels, testId, ready, busy, onPress }: { lang: Language; labels: OkLabels; testId: string; ready: boolean; busy: boolean; onPress: () => void }) {
  return (
    <button type="button" className="keypad-key keypad-key--ok" data-testid={testId} disabled={!ready || busy} onClick={onPress}>
      {translate(lang, busy ? labels.busy : labels.ok)}
    </button>
  );
}
