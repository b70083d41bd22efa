import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueSnapshot } from '../../../../shared/api/schemas';
import type { Language } from '../../../../shared/i18n';
import { call, toApiError, type ApiError } from '../../api/client';
import { useCoalescedRefresh } from '../../hooks/useCoalescedRefresh';
import { useConnectionState, useEvents } from '../../hooks/useEvents';

/** A safety net for lost events; it also notices an expired session within this time. */
const REFRESH_MS = 20_000;

export interface OfficeFacts {
  name: string;
  timeZone: string;
  language: Language;
  /** Office core clock minus this PC's clock, so the timers agree with the core's timestamps. */
  clockOffsetMs: number;
}

export interface DeskData {
  snapshot: QueueSnapshot | null;
  office: OfficeFacts | null;
  /** The last failed refresh, cleared by the next success. */
  error: ApiError | null;
  refresh: () => void;
}

/**
 * The queue snapshot for the counter desk: loaded at start, on every queue.changed / counter.changed
 * event, after a reconnect, and every 20 s. An 'unauthorized' answer or a refused event stream is
 * handed to `onUnauthorized`.
 */
export function useDeskData(onUnauthorized: () => void): DeskData {
  const [snapshot, setSnapshot] = useState<QueueSnapshot | null>(null);
  const [office, setOffice] = useState<OfficeFacts | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const unauthorized = useRef(onUnauthorized);
  useEffect(() => {
    unauthorized.current = onUnauthorized;
  });

  const refresh = useCoalescedRefresh(
    async () => {
      setSnapshot(await call('queue.snapshot', {}));
      setError(null);
    },
    (err) => {
      const apiError = toApiError(err);
      console.warn('[counter] queue.snapshot failed:', apiError.code, apiError.message);
      if (apiError.code === 'unauthorized') unauthorized.current();
      else setError(apiError);
    },
  );

  const loadOffice = useCallback(async () => {
    try {
      const sentAt = Date.now();
      const overview = await call('office.overview', {});
      setOffice({
        name: overview.office.name,
        timeZone: overview.office.timeZone,
        language: overview.language,
        clockOffsetMs: overview.now - (sentAt + Date.now()) / 2,
      });
    } catch (err) {
      console.warn('[counter] office.overview failed:', toApiError(err).message);
    }
  }, []);

  useEffect(() => {
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  useEvents((event) => {
    if (event.type === 'queue.changed' || event.type === 'counter.changed') void refresh();
  });

  useEffect(() => {
    void refresh();
    void loadOffice();
  }, [refresh, loadOffice]);

  // Events sent while disconnected are lost: catch up as soon as the stream is (back) open.
  const connection = useConnectionState();
  useEffect(() => {
    // The office closed the stream because this session ended (PIN changed, staff disabled, expired).
    if (connection === 'unauthorized') unauthorized.current();
    if (connection !== 'open') return;
    void refresh();
    void loadOffice();
  }, [connection, refresh, loadOffice]);

  return { snapshot, office, error, refresh: () => void refresh() };
}
