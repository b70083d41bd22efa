import { DEFAULT_LANGUAGE, translate } from '../../../../shared/i18n';
import { SCREENS, screenHref } from '../../router/screens';
import './home.css';

/** The list of screens, for whoever sets up an office device. */
export function HomeScreen() {
  const lang = DEFAULT_LANGUAGE;
  return (
    <main className="home">
      <h1>{translate(lang, 'app.screens')}</h1>
      <ul className="home-list">
        {SCREENS.map((screen) => (
          <li key={screen}>
            <a className="home-link" href={screenHref(screen, window.location.protocol)}>
              {translate(lang, `app.screen.${screen}`)}
              <span className="home-path">/{screen}</span>
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
