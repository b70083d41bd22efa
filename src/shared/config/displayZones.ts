import type { QueueSnapshot } from '../api/schemas';
import type { OfficeConfig } from './officeConfig';

type ZoneFacts = Pick<OfficeConfig, 'agencies' | 'services' | 'display'>;

/**
 * The service codes a display assigned to `zone` may see, or null for the whole building: a display
 * without a zone, or any display while the configuration lists no zones (an office without zones works as
 * before, whatever its devices once stored). A zone the configuration no longer lists sees nothing: a
 * removed zone must not turn its TVs into building TVs; the supervisor assigns them again.
 */
export function zoneServiceCodes(config: ZoneFacts, zone: string | null | undefined): ReadonlySet<string> | null {
  const zones = config.display.zones ?? [];
  if (zone == null || zones.length === 0) return null;
  const agencies = new Set(zones.find((z) => z.id === zone)?.agencies ?? []);
  return new Set(config.services.filter((s) => s.agency !== undefined && agencies.has(s.agency)).map((s) => s.code));
}

/** A zone as its TV shows it; its own running text only when it shows one agency that has one. */
export function displayZoneView(config: ZoneFacts, zone: string) {
  const found = config.display.zones?.find((z) => z.id === zone);
  if (!found) return { id: zone, name: { id: zone, en: zone }, agencies: [], runningText: null };
  const only = found.agencies.length === 1 ? config.agencies?.find((a) => a.id === found.agencies[0]) : undefined;
  return { id: found.id, name: found.name, agencies: [...found.agencies], runningText: only?.runningText ?? null };
}

/** The queue as a zone display may see it: its services, and the counters serving any of them. */
export function snapshotOfServices(snapshot: QueueSnapshot, serviceCodes: ReadonlySet<string> | null): QueueSnapshot {
  if (serviceCodes === null) return snapshot;
  return {
    ...snapshot,
    services: snapshot.services.filter((s) => serviceCodes.has(s.code)),
    counters: snapshot.counters.filter((c) => c.services.some((code) => serviceCodes.has(code))),
  };
}
