import { translate, type Language } from '../../../../shared/i18n';

/** "Dengarkan": reads the question and its answers aloud in the office voice. */
export function SpeakButton({ lang, onSpeak }: { lang: Language; onSpeak: () => void }) {
  return (
    <button type="button" className="rate-listen" data-testid="listen-button" onClick={onSpeak}>
      <svg viewBox="0 0 48 48" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round">
        <path d="M8 18 H16 L26 9 V39 L16 30 H8 Z" fill="currentColor" />
        <path d="M32 17 Q37 24 32 31" />
        <path d="M37 12 Q45 24 37 36" />
      </svg>
      {translate(lang, 'rate.listen')}
    </button>
  );
}
