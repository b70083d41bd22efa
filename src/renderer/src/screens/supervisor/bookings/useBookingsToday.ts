import type { BookingDay, BookingFigures } from '../../../../../shared/api/methods/booking';
import { call } from '../../../api/client';
import { useLiveRead } from '../useLiveRead';

export interface BookingsToday {
  day: BookingDay;
  figures: BookingFigures;
}

const readBookings = async (): Promise<BookingsToday> => {
  const [day, figures] = await Promise.all([call('bookings.day', {}), call('bookings.figures', {})]);
  return { day, figures };
};

/** bookings.day and bookings.figures, kept fresh (useLiveRead). */
export function useBookingsToday(onSessionEnded: () => void) {
  const { value: today, error } = useLiveRead('bookings', readBookings, onSessionEnded);
  return { today, error };
}
