import { translate, type Language } from '../../../shared/i18n';
import './backButton.css';

/** The visitor's way one step back, on the kiosk and the rating tablet. */
export function BackButton({ lang, onBack }: { lang: Language; onBack: () => void }) {
  return (
    <button type="button" className="back-button" data-testid="back-button" onClick={onBack}>
      <svg viewBox="0 0 48 48" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" strokeLinejoin="round">
        <path d="M30 10 L16 24 L30 38" />
      </svg>
      {translate(lang, 'kiosk.back')}
    </button>
  );
}
