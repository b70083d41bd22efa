import type { BookingDay } from '../../../../../shared/api/methods/booking';
import { formatBookingCode } from '../../../../../shared/booking/bookingCode';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { formatClock, translate, type Language } from '../../../../../shared/i18n';
import { NOT_DEFINED } from '../dashboard/format';
import { serviceName } from '../dashboard/names';

/** Today's bookings by slot: where each is known from, whether it was cancelled, its check-in and ticket. */
export function BookingList({ lang, day, config }: { lang: Language; day: BookingDay; config: OfficeConfig | null }) {
  const timeZone = config?.office.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const clock = (at: number | null) => (at === null ? null : formatClock(at, timeZone, lang));
  return (
    <section className="desk-panel bookings-section" aria-labelledby="bookings-list-title">
      <h2 id="bookings-list-title" className="panel-title">
        {translate(lang, 'supervisor.bookings.list')}
      </h2>
      {day.rows.length === 0 ? (
        <p className="staff-hint" data-testid="bookings-none">
          {translate(lang, 'supervisor.bookings.none')}
        </p>
      ) : (
        <table className="staff-table bookings-table" data-testid="bookings-list">
          <thead>
            <tr>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.slot')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.service')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.code')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.source')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.cancelled')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.checkedIn')}</th>
              <th scope="col">{translate(lang, 'supervisor.bookings.col.ticket')}</th>
            </tr>
          </thead>
          <tbody>
            {day.rows.map((r) => (
              <tr key={r.code} className={r.cancelledAt === null ? undefined : 'row--inactive'} data-testid={`booking-row-${r.code}`}>
                <td>{r.slot.replace(':', '.')}</td>
                <td>{serviceName(config, r.serviceCode, lang)}</td>
                <td className="booking-code">{formatBookingCode(r.code)}</td>
                <td>{translate(lang, r.listed ? 'supervisor.bookings.listed' : 'supervisor.bookings.offline')}</td>
                <td>{clock(r.cancelledAt) ?? NOT_DEFINED}</td>
                <td data-testid={`booking-checkin-${r.code}`}>{clock(r.checkedInAt) ?? (r.cancelledAt === null ? translate(lang, 'supervisor.bookings.notYet') : NOT_DEFINED)}</td>
                <td data-testid={`booking-ticket-${r.code}`}>{r.ticketLabel ?? NOT_DEFINED}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
