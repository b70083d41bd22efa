import type { CSSProperties } from 'react';
import type { CallView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { counterPlace, counterPlaceText } from './counterPlace';

/** The calls before the latest one, for visitors who looked away for a moment. */
export function RecentCallList({ calls, rows, lang }: { calls: readonly CallView[]; rows: number; lang: Language }) {
  return (
    <section className="recent-calls">
      <h2 className="side-heading">{translate(lang, 'display.recentCalls')}</h2>
      <ol className="recent-list" data-testid="recent-calls" style={{ '--rows': rows } as CSSProperties}>
        {calls.map((call) => (
          <li key={call.callId} className="recent-row" data-testid="recent-call">
            <span className="recent-label">{call.ticket.label}</span>
            <span className="recent-counter" data-testid="recent-call-counter">
              {counterPlaceText(counterPlace(lang, call.counterNumber, call.counterName))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
