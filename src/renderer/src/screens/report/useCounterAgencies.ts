import { useEffect, useState } from 'react';
import { call, toApiError } from '../../api/client';

/**
 * Which agency each counter belongs to, from the configuration (settings.get), so the counter list of an
 * agency's report offers only its counters. Read once, and only in a building with agencies.
 */
export function useCounterAgencies(withAgencies: boolean): ReadonlyMap<number, string> {
  const [owners, setOwners] = useState<ReadonlyMap<number, string>>(new Map());
  useEffect(() => {
    if (!withAgencies) return;
    let gone = false;
    call('settings.get', {})
      .then(({ config }) => {
        if (!gone) setOwners(new Map(config.counters.flatMap((c) => (c.agency ? [[c.number, c.agency] as const] : []))));
      })
      // Without them the list offers every counter; the office still refuses another agency's.
      .catch((err: unknown) => console.warn('[laporan] settings.get failed:', toApiError(err).message));
    return () => {
      gone = true;
    };
  }, [withAgencies]);
  return owners;
}
