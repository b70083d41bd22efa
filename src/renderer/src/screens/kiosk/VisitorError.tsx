import { translate, visitorErrorMessage, type Language } from '../../../../shared/i18n';
import type { ClientErrorCode } from '../../api/client';

/** A failure in plain words for the visitor; the operator's detail stays in the console log. */
export function VisitorError({ code, lang, onDismiss }: { code: ClientErrorCode; lang: Language; onDismiss?: () => void }) {
  return (
    <section className="kiosk-step visitor-error" data-testid="kiosk-error" role="alert">
      <svg className="error-pictogram" viewBox="0 0 96 96" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="7" strokeLinecap="round">
        <circle cx="48" cy="48" r="38" />
        <path d="M48 26 L48 54" />
        <circle cx="48" cy="70" r="3" fill="currentColor" />
      </svg>
      <p className="visitor-error-message">{visitorErrorMessage(lang, code)}</p>
      {onDismiss && (
        <button type="button" className="done-button" data-testid="error-ok-button" onClick={onDismiss}>
          {translate(lang, 'kiosk.errorOk')}
        </button>
      )}
    </section>
  );
}
