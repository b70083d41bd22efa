import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import { call, toApiError } from '../../api/client';

export type PublishedIkm = MethodOutput<'ratings.published'>;

/** A TV shows this page all day: reload every few minutes, and retry soon while it has nothing to show. */
const REFRESH_MS = 5 * 60_000;
const RETRY_MS = 15_000;

export function usePublishedIkm(): { data: PublishedIkm | null; failed: boolean } {
  const [data, setData] = useState<PublishedIkm | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const load = async (): Promise<void> => {
      let ok = false;
      try {
        const next = await call('ratings.published', {});
        ok = true;
        if (!cancelled) {
          setData(next);
          setFailed(false);
        }
      } catch (err) {
        console.warn('[ikm] ratings.published failed:', toApiError(err).message);
        if (!cancelled) setFailed(true);
      }
      if (!cancelled) timer = setTimeout(() => void load(), ok ? REFRESH_MS : RETRY_MS);
    };
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);

  return { data, failed };
}
