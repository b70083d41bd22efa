import { useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../api/client';
import { useCoalescedRefresh } from '../../hooks/useCoalescedRefresh';
import { useConnectionState, useEvents } from '../../hooks/useEvents';

const REFRESH_MS = 10_000;

export interface LiveRead<T> {
  value: T | null;
  /** The last failure, cleared by the next success; the last good answer stays on screen meanwhile. */
  error: ApiError | null;
  refresh: () => Promise<void>;
}

/**
 * A supervisor tab's figures, fresh: on every pushed event (any can change a queue, a counter or a
 * check-in), every 10 s (waits grow, a city pull or a closing window sends no event) and after a reconnect
 * (events sent meanwhile were lost). A signed-out session ends the screen instead of showing an error.
 */
export function useLiveRead<T>(label: string, read: () => Promise<T>, onSessionEnded: () => void): LiveRead<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const refresh = useCoalescedRefresh(
    async () => {
      setValue(await read());
      setError(null);
    },
    (err) => {
      const apiError = toApiError(err);
      console.warn(`[supervisor] ${label} failed:`, apiError.code, apiError.message);
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

  return { value, error, refresh };
}
