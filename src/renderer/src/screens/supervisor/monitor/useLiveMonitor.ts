import { useEffect, useState } from 'react';
import type { MonitorView } from '../../../../../shared/api/methods/stats';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useConnectionState, useEvents } from '../../../hooks/useEvents';
import { useCoalescedRefresh } from '../../../hooks/useCoalescedRefresh';

const REFRESH_MS = 10_000;

export interface LiveMonitor {
  monitor: MonitorView | null;
  /** The last failure, cleared by the next success; the last good figures stay on screen meanwhile. */
  error: ApiError | null;
  refresh: () => Promise<void>;
}

/**
 * monitor.live, fresh: on every pushed event (any of them can change a queue, a counter or the printer),
 * every 10 s (waits grow by themselves) and after a reconnect (events sent meanwhile were lost).
 */
export function useLiveMonitor(onSessionEnded: () => void): LiveMonitor {
  const [monitor, setMonitor] = useState<MonitorView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const refresh = useCoalescedRefresh(
    async () => {
      setMonitor(await call('monitor.live', {}));
      setError(null);
    },
    (err) => {
      const apiError = toApiError(err);
      console.warn('[supervisor] monitor.live failed:', apiError.code, apiError.message);
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

  return { monitor, error, refresh };
}
