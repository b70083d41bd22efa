import { translate, type Language } from '../../../../shared/i18n';
import type { Guidance } from './useGuidance';
import '../../styles/visitorTool.css';
import './guidance.css';

/** The visitor's switch for voice guidance: large, marked with a speaking head, filled when on. */
export function GuidanceToggle({ lang, guidance }: { lang: Language; guidance: Guidance }) {
  return (
    <button
      type="button"
      className="visitor-tool"
      data-testid="guidance-toggle"
      data-guidance-toggle=""
      aria-pressed={guidance.on}
      onClick={guidance.toggle}
    >
      <svg className="visitor-tool-icon" viewBox="0 0 48 48" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 40 V34 Q6 30 10 29 L14 28 V24 Q8 22 8 15 Q8 5 19 5 Q30 5 30 15 V19 L33 24 H30 V29 Q30 33 25 33 H20 V40" />
        <path d="M36 14 Q40 19 36 24" />
        <path d="M40 9 Q47 19 40 29" />
      </svg>
      <span className="visitor-tool-text">
        <span className="visitor-tool-title">{translate(lang, 'guidance.title')}</span>{' '}
        <span className="visitor-tool-subtitle">{translate(lang, guidance.on ? 'guidance.subtitleOn' : 'guidance.subtitle')}</span>
      </span>
    </button>
  );
}
