import { DEFAULT_LANGUAGE, translate, type MessageKey } from '../../../../shared/i18n';
import './home.css';

/** Shown for a screen that does not exist (yet), with the way back to the list. */
export function PlaceholderScreen({ message }: { message: MessageKey }) {
  const lang = DEFAULT_LANGUAGE;
  return (
    <main className="home">
      <h1>{translate(lang, message)}</h1>
      <a className="home-link" href={window.location.protocol === 'file:' ? '?' : '/'}>
        {translate(lang, 'app.backToList')}
      </a>
    </main>
  );
}
