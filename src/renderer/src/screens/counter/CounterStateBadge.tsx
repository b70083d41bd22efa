import type { CounterView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';

/** Open / on a break (with the reason) / closed, in a colour that reads from across the desk. */
export function CounterStateBadge({ counter, lang }: { counter: CounterView; lang: Language }) {
  const text =
    counter.state === 'paused' && counter.pauseReason && counter.pauseReason !== 'istirahat'
      ? `${translate(lang, 'counter.state.paused')}: ${translate(lang, `counter.pause.${counter.pauseReason}`)}`
      : translate(lang, `counter.state.${counter.state}`);
  return (
    <p className={`state-badge state-badge--${counter.state}`} data-testid="counter-state">
      {text}
    </p>
  );
}
