import type { CounterConfig, OfficeConfig, PriorityPolicy } from './officeConfig';

type Agency = NonNullable<OfficeConfig['agencies']>[number];

/** The agency that runs a service in a Mal Pelayanan Publik; undefined in a one-agency office. */
export function agencyOfService(config: Pick<OfficeConfig, 'agencies' | 'services'>, serviceCode: string): Agency | undefined {
  const agency = config.services.find((s) => s.code === serviceCode)?.agency;
  return agency === undefined ? undefined : config.agencies?.find((a) => a.id === agency);
}

/** An agency's service codes and counter numbers, in configuration order (empty for an unknown agency). */
export function agencyParts(config: Pick<OfficeConfig, 'services' | 'counters'>, agency: string): { services: string[]; counters: number[] } {
  return {
    services: config.services.filter((s) => s.agency === agency).map((s) => s.code),
    counters: config.counters.filter((c) => c.agency === agency).map((c) => c.number),
  };
}

/**
 * The Pasal 29 rule a counter calls by: its agency's own `priorityPolicy`, else the building's. A counter
 * serves only its agency's services, so one counter never mixes two agencies' rules.
 */
export function priorityPolicyAt(config: Pick<OfficeConfig, 'agencies' | 'priority'>, counter: Pick<CounterConfig, 'agency'>): PriorityPolicy {
  const own = counter.agency === undefined ? undefined : config.agencies?.find((a) => a.id === counter.agency)?.priorityPolicy;
  return own ?? config.priority.policy;
}
