import type { bookingMethods } from '../../../shared/api/methods/booking';
import type { BookingCheckIn } from '../../booking/bookingCheckIn';
import type { HandlersFor } from '../handlerTypes';

export function bookingHandlers(bookings: BookingCheckIn): HandlersFor<typeof bookingMethods> {
  return {
    'booking.checkIn': (i) => bookings.checkIn(i),
    'bookings.day': () => bookings.today(),
    'bookings.figures': () => bookings.figures(),
  };
}
