import { translate, type Language } from '../../../../shared/i18n';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';
import { ClosedStatus } from './ClosedStatus';
import { firstOpening, type OfficeClock } from './opensText';
import { PriorityPictogram } from './PriorityPictogram';

/**
 * The way into priority service. Closed, like the service cards, when none of the services that offer
 * priority takes numbers now: it would lead only to a list of closed services.
 */
export function PriorityButton({
  services,
  clock,
  lang,
  onPriority,
}: {
  /** The services that offer priority. */
  services: ServiceInfo[];
  clock: OfficeClock;
  lang: Language;
  onPriority: () => void;
}) {
  const open = services.some((s) => s.availability === 'open');
  const closed = services.some((s) => s.availability === 'closed');
  const opening = open ? null : firstOpening(services);
  return (
    <button
      type="button"
      className={open ? 'priority-button' : 'priority-button priority-button--closed'}
      data-testid="priority-button"
      disabled={!open}
      onClick={onPriority}
    >
      <span className="priority-button-icons" aria-hidden="true">
        <PriorityPictogram reason="disabilitas" className="pictogram pictogram--small" />
        <PriorityPictogram reason="lansia" className="pictogram pictogram--small" />
        <PriorityPictogram reason="hamil" className="pictogram pictogram--small" />
      </span>
      <span className="priority-button-text">
        <span className="priority-button-title">{translate(lang, 'kiosk.priority')}</span>
        {open ? (
          <span className="priority-button-hint">{translate(lang, 'kiosk.priorityHint')}</span>
        ) : (
          <ClosedStatus lang={lang} full={!closed} opensAt={opening} clock={clock} />
        )}
      </span>
    </button>
  );
}
