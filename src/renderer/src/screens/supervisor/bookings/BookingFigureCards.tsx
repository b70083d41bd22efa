import type { BookingFigures } from '../../../../../shared/api/methods/booking';
import { translate, type Language, type MessageKey } from '../../../../../shared/i18n';
import { formatMinutes, formatNumber, formatShare } from '../dashboard/format';

interface Card {
  id: string;
  label: MessageKey;
  value: string;
  sub?: string;
}

function cards(lang: Language, f: BookingFigures): Card[] {
  const over = (called: number) => translate(lang, 'supervisor.bookings.waitOver', { n: called });
  return [
    { id: 'booked', label: 'supervisor.bookings.bookedTickets', value: formatNumber(lang, f.booked.tickets), sub: translate(lang, 'supervisor.bookings.bookedShare', { share: formatShare(lang, f.bookedShare) }) },
    { id: 'walkIn', label: 'supervisor.bookings.walkInTickets', value: formatNumber(lang, f.walkIn.tickets) },
    { id: 'waitBooked', label: 'supervisor.bookings.waitBooked', value: formatMinutes(lang, f.booked.waitMeanMinutes), sub: over(f.booked.called) },
    { id: 'waitWalkIn', label: 'supervisor.bookings.waitWalkIn', value: formatMinutes(lang, f.walkIn.waitMeanMinutes), sub: over(f.walkIn.called) },
    { id: 'noShows', label: 'supervisor.bookings.noShows', value: formatNumber(lang, f.booked.noShows) },
    { id: 'notCheckedIn', label: 'supervisor.bookings.notCheckedIn', value: formatNumber(lang, f.notCheckedIn), sub: translate(lang, 'supervisor.bookings.missed', { n: f.missed }) },
  ];
}

/** Booked versus walk-in: counts, share, mean waits, no-shows and bookings not yet used. */
export function BookingFigureCards({ lang, figures }: { lang: Language; figures: BookingFigures }) {
  return (
    <section className="desk-panel bookings-section" aria-labelledby="bookings-figures-title">
      <h2 id="bookings-figures-title" className="panel-title">
        {translate(lang, 'supervisor.bookings.figures')}
      </h2>
      <div className="booking-cards">
        {cards(lang, figures).map((c) => (
          <article key={c.id} className="booking-card" data-testid={`bookings-figure-${c.id}`}>
            <h3 className="booking-card-label">{translate(lang, c.label)}</h3>
            <p className="booking-card-value" data-testid={`bookings-figure-${c.id}-value`}>
              {c.value}
            </p>
            {c.sub && <p className="booking-card-sub">{c.sub}</p>}
          </article>
        ))}
      </div>
      <p className="staff-hint">{translate(lang, 'supervisor.bookings.waitNote')}</p>
    </section>
  );
}
