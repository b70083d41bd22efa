import type { Language } from '../../../../shared/i18n';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';
import { ServiceButton } from './ServiceButton';

/** Up to this many services stand in one column on a portrait screen, so names and statuses stay on one line. */
const PORTRAIT_SINGLE_COLUMN_MAX = 6;

export function ServiceGrid({ services, lang, onChoose }: { services: ServiceInfo[]; lang: Language; onChoose: (code: string) => void }) {
  return (
    <div className={services.length > PORTRAIT_SINGLE_COLUMN_MAX ? 'service-grid service-grid--many' : 'service-grid'}>
      {services.map((service) => (
        <ServiceButton key={service.code} service={service} lang={lang} onChoose={onChoose} />
      ))}
    </div>
  );
}
