import { translate, type Language } from '../../../../shared/i18n';
import type { Overview } from '../../hooks/useOfficeOverview';
import { AgencyGrid } from './AgencyGrid';
import { BookingButton } from './booking/BookingButton';
import { firstOpening, opensText } from './opensText';
import { PriorityButton } from './PriorityButton';
import { LANDSCAPE_ONE_ROW_MAX, ServiceGrid } from './ServiceGrid';

/**
 * The resting screen: every service (in a Mal Pelayanan Publik every agency, whose services come next), and
 * below them the ways into priority service and into checking a booking in; when all are closed, when the
 * office opens (checking a booking in stays open while a booking's check-in window is, before the opening).
 */
export function StartView({
  overview,
  lang,
  onChooseService,
  onChooseAgency,
  onPriority,
  onBooking,
}: {
  overview: Overview;
  lang: Language;
  onChooseService: (code: string) => void;
  /** In a Mal Pelayanan Publik the screen lists agencies, and a touch opens one. */
  onChooseAgency: (agency: string) => void;
  onPriority: () => void;
  onBooking: () => void;
}) {
  const clock = { now: overview.now, timeZone: overview.office.timeZone };
  const priorityServices = overview.services.filter((s) => s.priorityOffered);
  const offersPriority = overview.priorityReasons.length > 0 && priorityServices.length > 0;
  const officeClosed = overview.services.every((s) => s.availability === 'closed');
  const opening = officeClosed ? firstOpening(overview.services) : null;
  const byAgency = overview.agencies.length > 0;
  const rows = !byAgency && overview.services.length > LANDSCAPE_ONE_ROW_MAX;
  return (
    <section className={rows ? 'kiosk-step start-view start-view--rows' : 'kiosk-step start-view'}>
      {officeClosed ? (
        <div className="office-closed" data-testid="office-closed">
          <h1 className="kiosk-instruction">{translate(lang, 'kiosk.officeClosed')}</h1>
          {opening !== null && <p className="office-closed-opens">{opensText(lang, opening, clock)}</p>}
        </div>
      ) : (
        <h1 className="kiosk-instruction">{translate(lang, byAgency ? 'kiosk.chooseAgency' : 'kiosk.chooseService')}</h1>
      )}
      {byAgency ? (
        <AgencyGrid agencies={overview.agencies} services={overview.services} lang={lang} onChoose={onChooseAgency} />
      ) : (
        <ServiceGrid services={overview.services} clock={clock} saidOpening={opening} lang={lang} onChoose={onChooseService} />
      )}
      <div className="start-actions">
        {offersPriority && !byAgency && <PriorityButton services={priorityServices} clock={clock} lang={lang} onPriority={onPriority} />}
        <BookingButton lang={lang} closed={officeClosed && !overview.kiosk.checkInOpen} opensAt={opening} clock={clock} onBooking={onBooking} />
      </div>
    </section>
  );
}
