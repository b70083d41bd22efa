import { useCallback, useEffect, useRef } from 'react';

/**
 * Wraps a loader so bursts of triggers (several events at once) cause at most one extra run after the
 * one in flight, as the kiosk's overview does.
 */
export function useCoalescedRefresh(load: () => Promise<void>): () => Promise<void> {
  const inFlight = useRef(false);
  const again = useRef(false);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
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
        await latest.current();
      } while (again.current);
    } finally {
      inFlight.current = false;
    }
  }, []);
}
