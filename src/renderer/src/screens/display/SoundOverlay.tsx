import { translate, type Language } from '../../../../shared/i18n';

/**
 * Browsers mute a page until someone touches it. A banner, not a curtain: calls keep showing
 * above it meanwhile, and a tap anywhere on the screen turns the sound on.
 */
export function SoundOverlay({ lang }: { lang: Language }) {
  return (
    <div className="sound-overlay" data-testid="sound-overlay" role="alert">
      <svg className="sound-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M3 9v6h4l5 5V4L7 9H3z" fill="currentColor" />
        <path d="M16 8a5 5 0 0 1 0 8M18.5 5.5a8.5 8.5 0 0 1 0 13" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="sound-text">{translate(lang, 'display.tapForSound')}</span>
      <span className="sound-hint">{translate(lang, 'display.tapForSoundHint')}</span>
    </div>
  );
}
