import type { IssueParams, IssueRule } from '../validation/issueRules';

/** The parts of the configuration the agency rules read (the parsed OfficeConfig fits). */
interface AgencyFacts {
  agencies?: readonly { id: string }[] | undefined;
  services: readonly { code: string; agency?: string | undefined }[];
  counters: readonly { number: number; services: readonly string[]; agency?: string | undefined }[];
  display: { zones?: readonly { id: string; agencies: readonly string[] }[] | undefined };
}

export interface AgencyProblem {
  path: (string | number)[];
  rule: IssueRule;
  message: string;
  params?: IssueParams;
}

/**
 * How agencies, services, counters and display zones must fit together: with agencies listed, every service
 * and counter belongs to one of them and a counter serves only its own agency's services; without them,
 * nothing names an agency. Ticket prefixes are unique in the whole building by the service rules already.
 */
export function agencyProblems(cfg: AgencyFacts): AgencyProblem[] {
  const problems: AgencyProblem[] = [];
  const agencies = cfg.agencies ?? [];
  const known = new Set<string>();
  agencies.forEach((a, i) => {
    if (known.has(a.id)) problems.push({ path: ['agencies', i, 'id'], rule: 'duplicate_agency', message: `agency "${a.id}" is listed twice`, params: { agency: a.id } });
    known.add(a.id);
  });

  const checkNamed = (path: (string | number)[], agency: string | undefined, what: string): void => {
    if (agencies.length === 0) {
      if (agency !== undefined) problems.push({ path, rule: 'no_agencies', message: `names agency "${agency}", but the configuration lists no agencies`, params: { agency } });
    } else if (agency === undefined) {
      problems.push({ path, rule: 'agency_missing', message: `the configuration lists agencies; say which one runs this ${what}` });
    } else if (!known.has(agency)) {
      problems.push({ path, rule: 'unknown_agency', message: `"${agency}" is not an agency of this building`, params: { agency } });
    }
  };

  const agencyOfService = new Map<string, string | undefined>();
  cfg.services.forEach((s, i) => {
    agencyOfService.set(s.code, s.agency);
    checkNamed(['services', i, 'agency'], s.agency, 'service');
  });
  cfg.counters.forEach((c, i) => {
    checkNamed(['counters', i, 'agency'], c.agency, 'counter');
    if (agencies.length === 0 || c.agency === undefined) return;
    c.services.forEach((code, j) => {
      const owner = agencyOfService.get(code);
      if (owner !== undefined && owner !== c.agency) {
        problems.push({
          path: ['counters', i, 'services', j],
          rule: 'counter_other_agency',
          message: `"${code}" is a service of ${owner}; counter ${c.number} belongs to ${c.agency ?? ''}`,
          params: { code, owner, agency: c.agency ?? '' },
        });
      }
    });
  });
  agencies.forEach((a, i) => {
    if (!cfg.services.some((s) => s.agency === a.id)) {
      problems.push({ path: ['agencies', i, 'id'], rule: 'agency_without_services', message: `agency "${a.id}" runs no service`, params: { agency: a.id } });
    }
  });

  const zoneIds = new Set<string>();
  (cfg.display.zones ?? []).forEach((z, i) => {
    if (zoneIds.has(z.id)) problems.push({ path: ['display', 'zones', i, 'id'], rule: 'duplicate_zone', message: `zone "${z.id}" is listed twice`, params: { zone: z.id } });
    zoneIds.add(z.id);
    z.agencies.forEach((agency, j) => {
      if (!known.has(agency)) {
        problems.push({ path: ['display', 'zones', i, 'agencies', j], rule: 'unknown_agency', message: `"${agency}" is not an agency of this building`, params: { agency } });
      }
    });
  });
  return problems;
}
