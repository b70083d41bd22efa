import { useEffect, useState } from 'react';
import { call, toApiError } from '../../../api/client';

/** The office's service day (its clock and time zone, not this PC's), for "today", "this week", "this month". */
export function useToday(): string | null {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    let stale = false;
    const load = async (): Promise<void> => {
      try {
        const overview = await call('office.overview', {});
        if (!stale) setToday(overview.serviceDate);
      } catch (err) {
        console.warn('[supervisor] office.overview failed:', toApiError(err).message);
        if (!stale) setTimeout(() => void load(), 5_000);
      }
    };
    void load();
    return () => {
      stale = true;
    };
  }, []);
  return today;
}
