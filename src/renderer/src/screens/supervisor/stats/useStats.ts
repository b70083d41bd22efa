import { useEffect, useState } from 'react';
import type { MethodInput } from '../../../../../shared/api/contract';
import type { StatsView } from '../../../../../shared/api/methods/stats';
import { call, toApiError, type ApiError } from '../../../api/client';

export type StatsQuery = MethodInput<'stats.view'>;

export interface StatsResult {
  current: StatsView | null;
  previous: StatsView | null;
  error: ApiError | null;
  loading: boolean;
}

/**
 * stats.view for the chosen range and filters, and for the previous period when comparing. A newer
 * query wins: an answer that arrives after the query changed is dropped.
 */
export function useStats(query: StatsQuery | null, previous: StatsQuery | null, onSessionEnded: () => void, reloadKey: number): StatsResult {
  const [result, setResult] = useState<StatsResult>({ current: null, previous: null, error: null, loading: false });
  const key = JSON.stringify([query, previous, reloadKey]);

  // The effect keys on the queries' JSON: the objects themselves are rebuilt on every render.
  useEffect(() => {
    const [query, previous] = JSON.parse(key) as [StatsQuery | null, StatsQuery | null, number];
    if (!query) return;
    let stale = false;
    setResult((r) => ({ ...r, loading: true }));
    void (async () => {
      try {
        const [current, before] = await Promise.all([call('stats.view', query), previous ? call('stats.view', previous) : Promise.resolve(null)]);
        if (!stale) setResult({ current, previous: before, error: null, loading: false });
      } catch (err) {
        const error = toApiError(err);
        console.warn('[supervisor] stats.view failed:', error.code, error.message, error.problems);
        if (error.code === 'unauthorized') onSessionEnded();
        if (!stale) setResult({ current: null, previous: null, error, loading: false });
      }
    })();
    return () => {
      stale = true;
    };
  }, [key, onSessionEnded]);

  return result;
}
