import { translate, type Language } from '../../../../shared/i18n';
import type { Overview } from '../../hooks/useOfficeOverview';
import { PriorityPictogram } from './PriorityPictogram';
import { ServiceGrid } from './ServiceGrid';

/** The resting screen: every service, and the way into priority service. */
export function StartView({
  overview,
  lang,
  onChooseService,
  onPriority,
}: {
  overview: Overview;
  lang: Language;
  onChooseService: (code: string) => void;
  onPriority: () => void;
}) {
  const offersPriority = overview.priorityReasons.length > 0 && overview.services.some((s) => s.priorityOffered);
  return (
    <section className="kiosk-step start-view">
      <h1 className="kiosk-instruction">{translate(lang, 'kiosk.chooseService')}</h1>
      <ServiceGrid services={overview.services} lang={lang} onChoose={onChooseService} />
      {offersPriority && (
        <button type="button" className="priority-button" data-testid="priority-button" onClick={onPriority}>
          <span className="priority-button-icons" aria-hidden="true">
            <PriorityPictogram reason="disabilitas" className="pictogram pictogram--small" />
            <PriorityPictogram reason="lansia" className="pictogram pictogram--small" />
            <PriorityPictogram reason="hamil" className="pictogram pictogram--small" />
          </span>
          <span className="priority-button-text">
            <span className="priority-button-title">{translate(lang, 'kiosk.priority')}</span>
            <span className="priority-button-hint">{translate(lang, 'kiosk.priorityHint')}</span>
          </span>
        </button>
      )}
    </section>
  );
}
