import type { CSSProperties } from 'react';
import type { CallView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { counterPlace } from './counterPlace';

/** The CSS sizes the text to fill the panel's width for its length. */
function charCount(text: string): CSSProperties {
  return { '--chars': Math.max(text.length, 4) } as CSSProperties;
}

/**
 * The call everyone looks for, as large as the screen allows; in a Mal Pelayanan Publik with the agency
 * whose counter calls (as the voice says it). Keyed by call id, so every new call or
 * recall mounts a fresh panel and its flash animation plays again.
 */
export function LatestCall({ call, agency, lang }: { call: CallView | null; agency: string | undefined; lang: Language }) {
  if (call === null) {
    return (
      <section className="latest-call latest-call--empty">
        <p className="latest-heading">{translate(lang, 'display.nowCalling')}</p>
        <p className="latest-label">—</p>
        <p className="latest-none">{translate(lang, 'display.noCalls')}</p>
      </section>
    );
  }
  const place = counterPlace(lang, call.counterNumber, call.counterName);
  return (
    <section key={call.callId} className="latest-call latest-call--flash" data-testid="latest-call" data-call-id={call.callId}>
      <p className="latest-heading">
        {translate(lang, call.recall ? 'display.recall' : 'display.nowCalling')}
      </p>
      <p className="latest-label" data-testid="latest-call-label" style={charCount(call.ticket.label)}>
        {call.ticket.label}
      </p>
      <p className="latest-goto">{translate(lang, 'display.goTo')}</p>
      <p className="latest-counter" data-testid="latest-call-counter" style={charCount(place.number)}>
        {place.number}
      </p>
      {place.name && (
        <p className="latest-counter-name" data-testid="latest-call-counter-name" style={charCount(place.name)}>
          {place.name}
        </p>
      )}
      {agency && (
        <p className="latest-agency" data-testid="latest-call-agency" style={charCount(agency)}>
          {agency}
        </p>
      )}
    </section>
  );
}
