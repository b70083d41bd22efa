import { DEFAULT_LANGUAGE, translate } from '../../../../shared/i18n';
import { ScreenList } from './ScreenList';
import './home.css';

/** The list of screens, for whoever sets up an office device. */
export function HomeScreen() {
  const lang = DEFAULT_LANGUAGE;
  return (
    <main className="home">
      <h1>{translate(lang, 'app.screens')}</h1>
      <ScreenList lang={lang} />
    </main>
  );
}
