import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { ApiError, call, toApiError } from '../api/client';
import { useCoalescedRefresh } from './useCoalescedRefresh';
import { useConnectionState, useEvents } from './useEvents';

export type Overview = MethodOutput<'office.overview'>;
export type ServiceInfo = Overview['services'][number];

const REFRESH_MS = 30_000;
/** Until the first overview arrives the kiosk is useless, so it retries sooner. */
const RETRY_BEFORE_FIRST_MS = 5_000;

export interface OfficeOverviewState {
  overview: Overview | null;
  /** The last failure, cleared by the next success. */
  error: ApiError | null;
  /** Office core clock minus this machine's clock, so a LAN kiosk with a wrong clock still shows the office time. */
  clockOffsetMs: number;
  refresh: () => void;
}

/** The office overview the kiosk, rating, display and report screens show: loaded at start, on every queue, settings or storage event, after a reconnect and every 30 s. */
export function useOfficeOverview(): OfficeOverviewState {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);

  const refresh = useCoalescedRefresh(
    async () => {
      const sentAt = Date.now();
      const next = await call('office.overview', {});
      setClockOffsetMs(next.now - (sentAt + Date.now()) / 2);
      setOverview(next);
      setError(null);
    },
    (err) => {
      const apiError = toApiError(err);
      console.warn('[kiosk] office.overview failed:', apiError.code, apiError.message);
      setError(apiError);
    },
  );

  const loaded = overview !== null;
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), loaded ? REFRESH_MS : RETRY_BEFORE_FIRST_MS);
    return () => clearInterval(timer);
  }, [refresh, loaded]);

  useEvents((event) => {
    if (event.type === 'queue.changed' || event.type === 'config.changed' || event.type === 'storage.status') void refresh();
  });

  // Events sent while disconnected are lost: catch up as soon as the stream is back.
  const connection = useConnectionState();
  useEffect(() => {
    if (connection === 'open') void refresh();
  }, [connection, refresh]);

  return { overview, error, clockOffsetMs, refresh: () => void refresh() };
}
