import type { PriorityReason } from '../../../../shared/domain/priority';
import { priorityReasonName, translate, type Language } from '../../../../shared/i18n';
import { BackButton } from '../../components/BackButton';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';
import type { OfficeClock } from './opensText';
import { PriorityPictogram } from './PriorityPictogram';
import { ServiceGrid } from './ServiceGrid';

/** The services that serve the chosen priority group first. */
export function PriorityServicesView({
  reason,
  services,
  clock,
  lang,
  onChoose,
  onBack,
}: {
  reason: PriorityReason;
  services: ServiceInfo[];
  clock: OfficeClock;
  lang: Language;
  onChoose: (code: string) => void;
  onBack: () => void;
}) {
  const offered = services.filter((s) => s.priorityOffered);
  return (
    <section className="kiosk-step">
      <div className="step-head">
        <BackButton lang={lang} onBack={onBack} />
        <p className="reason-chip">
          <PriorityPictogram reason={reason} className="pictogram pictogram--small" />
          {priorityReasonName(lang, reason)}
        </p>
      </div>
      <h1 className="kiosk-instruction">{translate(lang, 'kiosk.choosePriorityService')}</h1>
      {offered.length > 0 ? (
        <ServiceGrid services={offered} clock={clock} lang={lang} onChoose={onChoose} />
      ) : (
        <p className="kiosk-message">{translate(lang, 'kiosk.noPriorityService')}</p>
      )}
    </section>
  );
}
