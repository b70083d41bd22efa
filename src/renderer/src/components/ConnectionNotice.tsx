import { translate, type Language } from '../../../shared/i18n';
import { useConnectionState } from '../hooks/useEvents';

/** A calm banner while the live connection to the office core is being restored. */
export function ConnectionNotice({ lang }: { lang: Language }) {
  const state = useConnectionState();
  if (state !== 'reconnecting') return null;
  return (
    <div className="connection-notice" role="status">
      <span className="spinner" aria-hidden="true" />
      {translate(lang, 'conn.reconnecting')}
    </div>
  );
}
