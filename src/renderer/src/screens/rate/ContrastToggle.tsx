import { translate, type Language } from '../../../../shared/i18n';

/** A switch, not a hover hint: its state is shown by the filled half and told to screen readers. */
export function ContrastToggle({ lang, on, onChange }: { lang: Language; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      className="contrast-toggle"
      data-testid="contrast-toggle"
      aria-pressed={on}
      onClick={() => onChange(!on)}
    >
      <svg viewBox="0 0 48 48" aria-hidden="true">
        <circle cx="24" cy="24" r="19" fill="none" stroke="currentColor" strokeWidth="4" />
        <path d="M24 5 A19 19 0 0 1 24 43 Z" fill="currentColor" />
      </svg>
      {translate(lang, 'rate.contrast')}
    </button>
  );
}
