import { translate, type Language } from '../../../shared/i18n';

/**
 * One large button showing both languages, the current one highlighted; a tap switches to the other.
 * Its name begins with what it shows ("ID EN"), so a voice-control user can say what they see (WCAG 2.5.3).
 */
export function LanguageToggle({ lang, onChange }: { lang: Language; onChange: (lang: Language) => void }) {
  return (
    <button type="button" className="lang-toggle" data-testid="lang-toggle" onClick={() => onChange(lang === 'id' ? 'en' : 'id')}>
      <span className={lang === 'id' ? 'lang-option lang-option--active' : 'lang-option'} lang="id">
        ID
      </span>{' '}
      <span className={lang === 'en' ? 'lang-option lang-option--active' : 'lang-option'} lang="en">
        EN
      </span>
      <span className="visually-hidden">({translate(lang, 'lang.toggle')})</span>
    </button>
  );
}
