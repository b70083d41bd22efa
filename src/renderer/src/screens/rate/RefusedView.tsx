import { translate, type Language } from '../../../../shared/i18n';
import type { RateMessage } from './rateErrors';

/** A survey the office did not accept (already given, not connected), in plain words. */
export function RefusedView({ lang, message, onDone }: { lang: Language; message: RateMessage; onDone: () => void }) {
  return (
    <section className="rate-step thanks-step" role="alert">
      <svg className="thanks-icon thanks-icon--warn" viewBox="0 0 96 96" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="7" strokeLinecap="round">
        <circle cx="48" cy="48" r="38" />
        <path d="M48 26 L48 54" />
        <circle cx="48" cy="70" r="3" fill="currentColor" />
      </svg>
      <p className="thanks-text" data-testid="rate-refused">
        {translate(lang, message.key, message.params)}
      </p>
      <button type="button" className="rate-primary" data-testid="refused-ok" onClick={onDone}>
        {translate(lang, 'rate.ok')}
      </button>
    </section>
  );
}
