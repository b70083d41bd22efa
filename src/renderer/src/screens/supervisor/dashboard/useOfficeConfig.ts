import { useCallback, useEffect, useState } from 'react';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { call, toApiError } from '../../../api/client';
import { useConnectionState, useEvents } from '../../../hooks/useEvents';

/**
 * The office configuration, for names and filter choices; read again on config.changed so a renamed
 * service shows its new name without a reload. Null until the first answer.
 */
export function useOfficeConfig(): OfficeConfig | null {
  const [config, setConfig] = useState<OfficeConfig | null>(null);

  const load = useCallback(async () => {
    try {
      setConfig((await call('settings.get', {})).config);
    } catch (err) {
      // Names then fall back to codes; the panel's own request reports a lost session.
      console.warn('[supervisor] settings.get failed:', toApiError(err).message);
    }
  }, []);

  // Read again whenever the stream opens: a change sent before it subscribed reached nobody.
  const connection = useConnectionState();
  useEffect(() => {
    if (connection === 'open') void load();
  }, [connection, load]);
  useEffect(() => {
    void load();
  }, [load]);

  useEvents((event) => {
    if (event.type === 'config.changed') void load();
  });

  return config;
}
