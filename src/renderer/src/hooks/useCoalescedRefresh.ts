import { useCallback, useEffect, useRef } from 'react';

/**
 * Wraps a loader so a burst of triggers (several events at once, a reconnect, the timer) causes at most
 * one extra run after the one in flight. A failure ends the burst and goes to `onError`; the next
 * trigger tries again. The returned function never rejects and keeps its identity.
 */
export function useCoalescedRefresh(load: () => Promise<void>, onError: (err: unknown) => void): () => Promise<void> {
  const inFlight = useRef(false);
  const again = useRef(false);
  const latest = useRef({ load, onError });
  useEffect(() => {
    latest.current = { load, onError };
  });

  return useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        again.current = false;
        await latest.current.load();
      } while (again.current);
    } catch (err) {
      latest.current.onError(err);
    } finally {
      inFlight.current = false;
    }
  }, []);
}
