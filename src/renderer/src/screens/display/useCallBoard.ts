import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallView } from '../../../../shared/api/schemas';
import { call, toApiError } from '../../api/client';
import { useConnectionState, useEvents } from '../../hooks/useEvents';
import { callFromEvent, mergeCalls, withRecent } from './recentCalls';
import type { Announcer } from './useAnnouncer';

/** Re-reads (also on queue changes) notice a revoked credential, whose open WebSocket the server does not close. */
const REREAD_OPEN_MS = 15_000;
const REREAD_DISCONNECTED_MS = 5_000;

export interface CallBoardOptions {
  /** How many calls to keep: the latest one plus the recent list. */
  limit: number;
  announcer: Announcer;
  /** The office no longer accepts this display's credential. */
  onUnauthorized: () => void;
}

/**
 * Today's calls, newest first. Pushed calls are shown and announced; on every (re)connect the list is
 * re-read and everything in it marked heard, so calls made while the display was away are shown, never spoken.
 */
export function useCallBoard({ limit, announcer, onUnauthorized }: CallBoardOptions): CallView[] {
  const [calls, setCalls] = useState<CallView[]>([]);
  const connection = useConnectionState();
  const latest = useRef({ limit, announcer, onUnauthorized });
  useEffect(() => {
    latest.current = { limit, announcer, onUnauthorized };
  });

  const reading = useRef(false);

  const read = useCallback(async (markHeard: boolean) => {
    // A plain re-read is skipped while another is in flight; the (re)connect one never is.
    if (reading.current && !markHeard) return;
    reading.current = true;
    try {
      const recent = await call('calls.recent', { limit: latest.current.limit });
      if (markHeard) latest.current.announcer.markHeard(recent.map((c) => c.callId));
      setCalls((current) => withRecent(current, recent, latest.current.limit));
    } catch (err) {
      const apiError = toApiError(err);
      if (apiError.code === 'unauthorized' || apiError.code === 'forbidden') latest.current.onUnauthorized();
      else console.warn('[display] calls.recent failed:', apiError.code, apiError.message);
    } finally {
      reading.current = false;
    }
  }, []);

  useEffect(() => {
    if (connection === 'open') void read(true);
  }, [connection, read]);

  useEffect(() => {
    void read(false);
  }, [read, limit]);

  useEffect(() => {
    const timer = setInterval(() => void read(false), connection === 'open' ? REREAD_OPEN_MS : REREAD_DISCONNECTED_MS);
    return () => clearInterval(timer);
  }, [connection, read]);

  useEvents((event) => {
    if (event.type === 'queue.changed') void read(false);
    if (event.type !== 'ticket.called') return;
    const called = callFromEvent(event.payload, Date.now());
    setCalls((current) => mergeCalls(current, [called], latest.current.limit));
    latest.current.announcer.announce(called);
  });

  return calls;
}
