import { translate, type Language } from '../../../../shared/i18n';
import type { AccessMode } from './useAccessMode';
import '../../styles/accessMode.css';
import '../../styles/visitorTool.css';

/** One touch for large text and high contrast: a switch whose state shows (filled when on) and is told to screen readers. */
export function AccessModeToggle({ lang, mode }: { lang: Language; mode: AccessMode }) {
  return (
    <button type="button" className="visitor-tool" data-testid="access-toggle" aria-pressed={mode.on} onClick={() => mode.setOn(!mode.on)}>
      <svg className="visitor-tool-icon visitor-tool-icon--wide" viewBox="0 0 64 48" aria-hidden="true">
        <text x="0" y="40" fontSize="40" fontWeight="800" fill="currentColor">
          A
        </text>
        <circle cx="46" cy="24" r="15" fill="none" stroke="currentColor" strokeWidth="4" />
        <path d="M46 9 A15 15 0 0 1 46 39 Z" fill="currentColor" />
      </svg>
      <span className="visitor-tool-text">
        <span className="visitor-tool-title">{translate(lang, 'access.title')}</span>{' '}
        <span className="visitor-tool-subtitle">{translate(lang, 'access.subtitle')}</span>
      </span>
    </button>
  );
}
