import { useRef } from 'react';
import type { AgencyOverview } from '../../../../shared/api/schemas';
import { translate, waitingCount, type Language } from '../../../../shared/i18n';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';
import { useMoreBelow } from '../../hooks/useMoreBelow';
import { AgencyMark } from './AgencyMark';

/** How many of an agency's services its card names, so a visitor who knows only the service finds the agency. */
const SERVICES_NAMED = 3;

/** Up to this many agencies stand in one column on a portrait screen; more take two. */
const PORTRAIT_SINGLE_COLUMN_MAX = 6;

/**
 * The first screen of a Mal Pelayanan Publik: every agency, large, with its logo, its name, the services
 * it offers and how many wait for them. A touch opens that agency's services (the second and last touch).
 */
export function AgencyGrid({
  agencies,
  services,
  lang,
  onChoose,
}: {
  agencies: AgencyOverview[];
  services: ServiceInfo[];
  lang: Language;
  onChoose: (agency: string) => void;
}) {
  const grid = useRef<HTMLDivElement>(null);
  const more = useMoreBelow(grid);
  return (
    <>
      <div
        ref={grid}
        className={agencies.length > PORTRAIT_SINGLE_COLUMN_MAX ? 'agency-grid agency-grid--many' : 'agency-grid'}
        role="group"
        aria-label={translate(lang, 'kiosk.agencyList')}
        tabIndex={0}
      >
        {agencies.map((agency) => {
          const own = services.filter((s) => s.agency === agency.id);
          const open = own.some((s) => s.availability === 'open');
          const named = own.slice(0, SERVICES_NAMED).map((s) => s.name[lang]);
          const unnamed = own.length - named.length;
          return (
            <button
              key={agency.id}
              type="button"
              className={open ? 'agency-button' : 'agency-button agency-button--closed'}
              data-testid={`agency-${agency.id}`}
              onClick={() => onChoose(agency.id)}
            >
              <AgencyMark agency={agency} className="agency-mark" />
              <span className="agency-text">
                <span className="agency-name">{agency.name[lang]}</span>
                <span className="agency-services">
                  {named.join(' · ')}
                  {unnamed > 0 && ` ${translate(lang, 'kiosk.agencyMoreServices', { n: unnamed })}`}
                </span>
                <span className="agency-status">
                  {open ? waitingCount(lang, own.reduce((sum, s) => sum + s.waiting, 0)) : translate(lang, 'kiosk.closed')}
                </span>
              </span>
            </button>
          );
        })}
      </div>
      {more && (
        <p className="service-more" data-testid="more-agencies" aria-hidden="true">
          {translate(lang, 'kiosk.moreAgencies')}
        </p>
      )}
    </>
  );
}
