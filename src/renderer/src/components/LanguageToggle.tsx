import { translate, type Language } from '../../../shared/i18n';

/** One large button showing both languages, the current one highlighted; a tap switches to the other. */
export function LanguageToggle({ lang, onChange }: { lang: Language; onChange: (lang: Language) => void }) {
  return (
    <button
      type="button"
      className="lang-toggle"
      data-testid="lang-toggle"
      aria-label={translate(lang, 'lang.toggle')}
      onClick={() => onChange(lang === 'id' ? 'en' : 'id')}
    >
      <span className={lang === 'id' ? 'lang-option lang-option--active' : 'lang-option'} lang="id">
        ID
      </span>
      <span className={lang === 'en' ? 'lang-option lang-option--active' : 'lang-option'} lang="en">
        EN
      </span>
    </button>
  );
}
