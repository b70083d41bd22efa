import { useCallback, useEffect, useState } from 'react';
import { call, toApiError } from '../../api/client';
import { useConnectionState, useEvents } from '../../hooks/useEvents';
import type { DisplayZone } from './displayZone';

/** A supervisor may move the TV to another zone at any time (Perangkat); it shows so within a minute. */
const REREAD_MS = 60_000;

/**
 * This display's zone, read from the office (the supervisor's assignment, never the URL): at start, on
 * every (re)connect, when the settings change and every minute. `undefined` until first known, so the
 * board shows no building-wide waiting list meanwhile.
 */
export function useDisplayZone(): DisplayZone | null | undefined {
  const [zone, setZone] = useState<DisplayZone | null | undefined>(undefined);
  const connection = useConnectionState();

  const read = useCallback(async () => {
    try {
      setZone((await call('devices.zone', {})).zone);
    } catch (err) {
      // The call board notices a revoked credential; here the last known zone stays.
      console.warn('[display] devices.zone failed:', toApiError(err).code);
    }
  }, []);

  useEffect(() => {
    if (connection === 'open') void read();
  }, [connection, read]);

  useEffect(() => {
    // At once too, not only when the event stream opens: the waiting list waits for the zone.
    void read();
    const timer = setInterval(() => void read(), REREAD_MS);
    return () => clearInterval(timer);
  }, [read]);

  useEvents((event) => {
    if (event.type === 'config.changed') void read();
  });

  return zone;
}
