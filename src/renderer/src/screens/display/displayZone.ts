import type { MethodOutput } from '../../../../shared/api/contract';
import type { OfficeOverview, ServiceOverview } from '../../../../shared/api/schemas';

/** The zone a display is assigned to, as devices.zone returns it (null there: the whole building). */
export type DisplayZone = NonNullable<MethodOutput<'devices.zone'>['zone']>;

/** The waiting list of a zone TV: only its agencies' services (the office filters its calls itself). */
export function servicesOfZone(services: readonly ServiceOverview[], zone: DisplayZone | null): readonly ServiceOverview[] {
  if (zone === null) return services;
  return services.filter((s) => s.agency !== null && zone.agencies.includes(s.agency));
}

/**
 * The agency a call is spoken with ("…, silakan ke loket 3, Dukcapil"): the short name of the agency
 * running the ticket's service; undefined in a one-agency office.
 */
export function agencyShortName(overview: Pick<OfficeOverview, 'services' | 'agencies'> | null, serviceCode: string): string | undefined {
  if (!overview || overview.agencies.length === 0) return undefined;
  const agency = overview.services.find((s) => s.code === serviceCode)?.agency;
  return overview.agencies.find((a) => a.id === agency)?.shortName;
}
