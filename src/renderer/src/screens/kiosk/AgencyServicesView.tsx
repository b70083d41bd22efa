import type { AgencyOverview } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { BackButton } from '../../components/BackButton';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';
import { AgencyMark } from './AgencyMark';
import type { OfficeClock } from './opensText';
import { PriorityButton } from './PriorityButton';
import { ServiceGrid } from './ServiceGrid';

/** The second touch in a Mal Pelayanan Publik: the chosen agency's services, and its way into priority service. */
export function AgencyServicesView({
  agency,
  services,
  offersPriority,
  clock,
  lang,
  onChooseService,
  onPriority,
  onBack,
}: {
  agency: AgencyOverview;
  /** This agency's services. */
  services: ServiceInfo[];
  offersPriority: boolean;
  clock: OfficeClock;
  lang: Language;
  onChooseService: (code: string) => void;
  onPriority: () => void;
  onBack: () => void;
}) {
  const priorityServices = services.filter((s) => s.priorityOffered);
  return (
    <section className="kiosk-step start-view" data-testid="agency-services">
      <div className="step-head">
        <BackButton lang={lang} onBack={onBack} />
        <p className="agency-chip">
          <AgencyMark agency={agency} className="agency-mark agency-mark--small" />
          {agency.name[lang]}
        </p>
      </div>
      <h1 className="kiosk-instruction">{translate(lang, 'kiosk.chooseService')}</h1>
      <ServiceGrid services={services} clock={clock} lang={lang} onChoose={onChooseService} />
      {offersPriority && priorityServices.length > 0 && (
        <div className="start-actions">
          <PriorityButton services={priorityServices} clock={clock} lang={lang} onPriority={onPriority} />
        </div>
      )}
    </section>
  );
}
