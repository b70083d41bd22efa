import { formatClock, translate } from '../../../../../shared/i18n';
import { Notice } from '../../../components/staff/Notice';
import { staffErrorMessage } from '../../../components/staff/staffErrors';
import { formatWhen } from '../dashboard/formatWhen';
import { useOfficeConfig } from '../dashboard/useOfficeConfig';
import type { PanelProps } from '../panelTypes';
import { BookingCapacityTable } from './BookingCapacityTable';
import { BookingFigureCards } from './BookingFigureCards';
import { BookingList } from './BookingList';
import { useBookingsToday } from './useBookingsToday';
import './bookings.css';

/**
 * Booking: whether the office can check bookings and how fresh its list is, the day's booked-versus-walk-in
 * figures, each service's seats, then the bookings themselves, kept live without a reload.
 */
export default function BookingsPanel({ lang, onSessionEnded }: PanelProps) {
  const { today, error } = useBookingsToday(onSessionEnded);
  const config = useOfficeConfig();

  if (!today) {
    return error ? <Notice tone="error" text={staffErrorMessage(lang, error)} lang={lang} /> : <p className="staff-hint">{translate(lang, 'staff.loading')}</p>;
  }
  const { day, figures } = today;
  const timeZone = config?.office.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="bookings" data-testid="bookings">
      <div className="bookings-top">
        <h2 className="panel-title">{translate(lang, 'supervisor.bookings.title')}</h2>
        <p className="staff-hint bookings-updated" data-testid="bookings-updated">
          {translate(lang, 'supervisor.bookings.updated', { when: formatWhen(lang, figures.at, config) })}
        </p>
      </div>
      {error && <Notice tone="error" text={staffErrorMessage(lang, error)} lang={lang} />}
      <ul className="bookings-status" data-testid="bookings-status">
        <li className={day.cityKeyKnown ? 'bookings-status-item' : 'bookings-status-item bookings-status-item--problem'} data-testid="bookings-key">
          {translate(lang, day.cityKeyKnown ? 'supervisor.bookings.keyKnown' : 'supervisor.bookings.keyUnknown')}
        </li>
        <li className="bookings-status-item" data-testid="bookings-pulled">
          {day.pulledAt === null ? translate(lang, 'supervisor.bookings.neverPulled') : translate(lang, 'supervisor.bookings.pulledAt', { time: formatClock(day.pulledAt, timeZone, lang) })}
        </li>
      </ul>
      <BookingFigureCards lang={lang} figures={figures} />
      <div className="bookings-columns">
        <BookingList lang={lang} day={day} config={config} />
        <BookingCapacityTable lang={lang} figures={figures} config={config} />
      </div>
    </div>
  );
}
