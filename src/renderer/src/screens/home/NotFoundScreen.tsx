import { DEFAULT_LANGUAGE, translate } from '../../../../shared/i18n';
import { ScreenList } from './ScreenList';
import './home.css';

/**
 * An address that is no screen of this office (a typo, an old bookmark): says so in plain words, shows
 * the address asked for, and offers the office's screens. The LAN server sends it with a 404 status.
 */
export function NotFoundScreen() {
  const lang = DEFAULT_LANGUAGE;
  const asked = `${window.location.pathname}${window.location.search}`;
  return (
    <main className="home" data-testid="not-found">
      <p className="home-code" aria-hidden="true">
        404
      </p>
      <h1>{translate(lang, 'app.notFound')}</h1>
      <p className="home-hint">
        {translate(lang, 'app.notFoundHint')} <code className="home-asked">{asked}</code>
      </p>
      <h2 className="home-subtitle">{translate(lang, 'app.notFoundChoose')}</h2>
      <ScreenList lang={lang} />
    </main>
  );
}
