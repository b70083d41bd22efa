import { translate, type Language } from '../../../../shared/i18n';
import { opensText, type OfficeClock } from './opensText';

/** Why a way in under the services is shut ("Tutup" or "Penuh") and, when known, when it opens again. */
export function ClosedStatus({ lang, full = false, opensAt, clock }: { lang: Language; full?: boolean; opensAt: number | null; clock: OfficeClock }) {
  return (
    <span className="priority-button-status">
      <span className="service-status">{translate(lang, full ? 'kiosk.full' : 'kiosk.closed')}</span>
      {opensAt !== null && <span className="service-opens">{opensText(lang, opensAt, clock)}</span>}
    </span>
  );
}
