import type { BookingFigures } from '../../../../../shared/api/methods/booking';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import { formatNumber } from '../dashboard/format';
import { serviceName } from '../dashboard/names';

/** Each bookable service's seats today (slots × seats a slot) against the bookings made. */
export function BookingCapacityTable({ lang, figures, config }: { lang: Language; figures: BookingFigures; config: OfficeConfig | null }) {
  return (
    <section className="desk-panel bookings-section" aria-labelledby="bookings-capacity-title">
      <h2 id="bookings-capacity-title" className="panel-title">
        {translate(lang, 'supervisor.bookings.capacity')}
      </h2>
      {figures.capacity.length === 0 ? (
        <p className="staff-hint">{translate(lang, 'supervisor.bookings.noCapacity')}</p>
      ) : (
        <table className="staff-table bookings-table" data-testid="bookings-capacity">
          <thead>
            <tr>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.service')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.slots')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.seatsPerSlot')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.seats')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.booked')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.capacity.map((c) => (
              <tr key={c.serviceCode} data-testid={`bookings-capacity-${c.serviceCode}`}>
                <th scope="row">{serviceName(config, c.serviceCode, lang)}</th>
                <td>{formatNumber(lang, c.slots)}</td>
                <td>{formatNumber(lang, c.seatsPerSlot)}</td>
                <td>{formatNumber(lang, c.slots * c.seatsPerSlot)}</td>
                <td>{formatNumber(lang, c.booked)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="staff-hint">{translate(lang, 'supervisor.bookings.capacityNote')}</p>
    </section>
  );
}
