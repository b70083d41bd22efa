import { useRef } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { useMoreBelow } from '../../hooks/useMoreBelow';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';
import type { OfficeClock } from './opensText';
import { ServiceButton } from './ServiceButton';

/**
 * Up to this many services stand in one column on a portrait screen, so names and statuses stay on one
 * line; more take two columns, so every card stays on screen above the priority and booking buttons.
 */
const PORTRAIT_SINGLE_COLUMN_MAX = 5;

/** More services than one landscape row holds: two rows must fit, so the cards and the buttons below them are compact. */
export const LANDSCAPE_ONE_ROW_MAX = 3;

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
  const grid = useRef<HTMLDivElement>(null);
  const more = useMoreBelow(grid);
  return (
    <>
      {/* Focusable, so a keypad can scroll it too when large text or many services overflow it (even with every card closed). */}
      <div
        ref={grid}
        className={[
          'service-grid',
          services.length > LANDSCAPE_ONE_ROW_MAX && 'service-grid--rows',
          services.length > PORTRAIT_SINGLE_COLUMN_MAX && 'service-grid--many',
        ]
          .filter(Boolean)
          .join(' ')}
        role="group"
        aria-label={translate(lang, 'kiosk.serviceList')}
        tabIndex={0}
      >
        {services.map((service) => (
          <ServiceButton key={service.code} service={service} clock={clock} saidOpening={saidOpening} lang={lang} onChoose={onChoose} />
        ))}
      </div>
      {/* For the eye only: a screen reader and voice guidance reach every card in the list anyway. */}
      {more && (
        <p className="service-more" data-testid="more-services" aria-hidden="true">
          {translate(lang, 'kiosk.moreServices')}
        </p>
      )}
    </>
  );
}
