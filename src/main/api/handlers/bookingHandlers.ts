import type { bookingMethods } from '../../../shared/api/methods/booking';
import type { BookingCheckIn } from '../../booking/bookingCheckIn';
import type { HandlersFor } from '../handlerTypes';

export function bookingHandlers(bookings: BookingCheckIn): HandlersFor<typeof bookingMethods> {
  return {
    // Forged codes are counted and logged per source: the LAN peer's address ("ipc:kiosk" for the window, "test" in direct tests).
    'booking.checkIn': (i, c) => bookings.checkIn(i, { source: c.source ?? c.via, ...(c.deviceLabel ? { deviceLabel: c.deviceLabel } : {}) }),
    'bookings.day': () => bookings.today(),
    'bookings.figures': () => bookings.figures(),
  };
}
