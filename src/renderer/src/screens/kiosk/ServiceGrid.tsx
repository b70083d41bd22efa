import { translate, type Language } from '../../../../shared/i18n';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';
import type { OfficeClock } from './opensText';
import { ServiceButton } from './ServiceButton';

/**
 * Up to this many services stand in one column on a portrait screen, so names and statuses stay on one
 * line; more take two columns, so every card stays on screen above the priority and booking buttons.
 */
const PORTRAIT_SINGLE_COLUMN_MAX = 5;

export function ServiceGrid({
  services,
  clock,
  saidOpening = null,
  lang,
  onChoose,
}: {
  services: ServiceInfo[];
  clock: OfficeClock;
  saidOpening?: number | null;
  lang: Language;
  onChoose: (code: string) => void;
}) {
  return (
    // Focusable, so a keypad can scroll it too when large text or many services overflow it (even with every card closed).
    <div
      className={services.length > PORTRAIT_SINGLE_COLUMN_MAX ? 'service-grid service-grid--many' : 'service-grid'}
      role="group"
      aria-label={translate(lang, 'kiosk.serviceList')}
      tabIndex={0}
    >
      {services.map((service) => (
        <ServiceButton key={service.code} service={service} clock={clock} saidOpening={saidOpening} lang={lang} onChoose={onChoose} />
      ))}
    </div>
  );
}
