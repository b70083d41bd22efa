import { useEffect, useState } from 'react';
import type { BookingDay, BookingFigures } from '../../../../../shared/api/methods/booking';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useCoalescedRefresh } from '../../../hooks/useCoalescedRefresh';
import { useConnectionState, useEvents } from '../../../hooks/useEvents';

const REFRESH_MS = 10_000;

export interface BookingsToday {
  day: BookingDay;
  figures: BookingFigures;
}

/**
 * bookings.day and bookings.figures, fresh: on every pushed event (a check-in issues a ticket, a call
 * moves a wait), every 10 s (a pull from the city or a closing check-in window sends no event) and after
 * a reconnect. The last good answer stays on screen while a refresh fails.
 */
export function useBookingsToday(onSessionEnded: () => void): { today: BookingsToday | null; error: ApiError | null } {
  const [today, setToday] = useState<BookingsToday | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const refresh = useCoalescedRefresh(
    async () => {
      const [day, figures] = await Promise.all([call('bookings.day', {}), call('bookings.figures', {})]);
      setToday({ day, figures });
      setError(null);
    },
    (err) => {
      const apiError = toApiError(err);
      console.warn('[supervisor] bookings failed:', apiError.code, apiError.message);
      if (apiError.code === 'unauthorized') onSessionEnded();
      else setError(apiError);
    },
  );

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  useEvents(() => void refresh());

  const connection = useConnectionState();
  useEffect(() => {
    if (connection === 'open') void refresh();
  }, [connection, refresh]);

  return { today, error };
}
