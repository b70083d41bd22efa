import { translate, type Language } from '../../../../shared/i18n';
import { SCREENS, screenHref } from '../../router/screens';

/** A link to each screen of the office, with its address. */
export function ScreenList({ lang }: { lang: Language }) {
  return (
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
  );
}
