import type { AgencySettings } from '../../shared/api/methods/settings';
import { LoketError, type FieldProblem } from '../../shared/api/errors';
import { officeConfigSchema, type OfficeConfig } from '../../shared/config/officeConfig';
import { formatIssuePath, issuesOf } from '../../shared/validation/describeIssues';

/** Where a problem of the whole configuration lies in the caller's own input. */
export type ProblemPlace = (problem: FieldProblem) => FieldProblem;

/**
 * The building's configuration with one agency's part replaced: its services and counters (found by code
 * and number, kept in the building's order, never added, removed or given away), its priority rule and
 * running text. Everything else is the configuration as it is now, so no other agency's part can change.
 * Then validated with the file's own schema (prefixes unique in the building, counters serving only their
 * agency's services…), every problem placed at the field of the agency's input that causes it.
 */
export function mergeAgencySettings(current: OfficeConfig, agency: string, edit: AgencySettings): { config: OfficeConfig; toInput: ProblemPlace } {
  const agencyIndex = current.agencies?.findIndex((a) => a.id === agency) ?? -1;
  if (agencyIndex < 0) throw new LoketError('not_found', `"${agency}" is not an agency of this building.`);

  const services = matchOwn(
    'services',
    edit.services.map((s) => s.code),
    current.services.map((s) => ({ key: s.code, agency: s.agency })),
    agency,
  );
  const counters = matchOwn(
    'counters',
    edit.counters.map((c) => c.number),
    current.counters.map((c) => ({ key: c.number, agency: c.agency })),
    agency,
  );
  const refusals = [...services.refusals, ...counters.refusals];
  if (refusals.some((r) => r.forbidden)) {
    throw LoketError.withProblems('forbidden', `A supervisor of ${agency} may change only its own services and counters; nothing was changed.`, refusals.filter((r) => r.forbidden));
  }
  if (refusals.length > 0) {
    throw LoketError.withProblems('bad_request', `Only the building's supervisors add, remove or renumber ${agency}'s services and counters; nothing was changed.`, refusals);
  }

  const serviceAt = new Map(edit.services.map((s, i) => [s.code, i]));
  const counterAt = new Map(edit.counters.map((c, i) => [c.number, i]));
  const editedService = new Map(edit.services.map((s) => [s.code, s]));
  const editedCounter = new Map(edit.counters.map((c) => [c.number, c]));
  const { priorityPolicy, runningText } = edit;
  const raw = {
    ...current,
    agencies: current.agencies?.map((a, j) => {
      if (j !== agencyIndex) return a;
      const { priorityPolicy: _p, runningText: _r, ...rest } = a;
      return { ...rest, ...(priorityPolicy ? { priorityPolicy } : {}), ...(runningText ? { runningText } : {}) };
    }),
    // Matched above: an edited one is this agency's, and every one of this agency's is edited.
    services: current.services.map((s) => {
      const edited = editedService.get(s.code);
      return edited ? { ...edited, agency } : s;
    }),
    counters: current.counters.map((c) => {
      const edited = editedCounter.get(c.number);
      return edited ? { ...edited, agency } : c;
    }),
  };

  const toInput: ProblemPlace = (problem) => {
    const field = inputField(problem, raw, agency, agencyIndex, serviceAt, counterAt);
    const other = /^services\[(\d+)\]/.exec(problem.field);
    const otherCode = other ? raw.services[Number(other[1])]?.code : undefined;
    if (problem.rule !== 'duplicate_prefix' || !field.endsWith('.prefix') || otherCode === undefined || serviceAt.has(otherCode)) return { ...problem, field };
    // Reported at the other agency's service: said from this agency's side, naming the service that has the prefix.
    const prefix = String(problem.params?.prefix);
    return { ...problem, field, params: { prefix, service: otherCode }, text: `"${prefix}" is already the prefix of ${otherCode}; numbers would be ambiguous` };
  };
  const parsed = officeConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    const problems = parsed.error.issues.map((issue, i) => toInput({ ...(issues[i] ?? { field: formatIssuePath(issue.path), rule: 'invalid' }), text: issue.message }));
    throw LoketError.withProblems('bad_request', `These settings of ${agency} break a rule of the building; nothing was changed.`, problems);
  }
  return { config: parsed.data, toInput };
}

type Refusal = FieldProblem & { forbidden?: true };

/** The agency's input names exactly its own services (or counters): each once, none of another's, none left out. */
function matchOwn<K extends string | number>(list: 'services' | 'counters', named: readonly K[], existing: readonly { key: K; agency: string | undefined }[], agency: string): { refusals: Refusal[] } {
  const owner = new Map(existing.map((e) => [e.key, e.agency]));
  const keyName = list === 'services' ? 'code' : 'number';
  const notOwn = list === 'services' ? 'not_agency_service' : 'not_agency_counter';
  const leftOut = list === 'services' ? 'agency_service_left_out' : 'agency_counter_left_out';
  const duplicate = list === 'services' ? 'duplicate_service' : 'duplicate_counter';
  const refusals: Refusal[] = [];
  const seen = new Set<K>();
  named.forEach((key, i) => {
    const field = `config.${list}[${i}].${keyName}`;
    const whose = owner.get(key);
    if (whose !== agency) {
      const text = `${String(key)} is not one of ${agency}'s ${list}`;
      refusals.push({ field, rule: notOwn, params: { [keyName]: key, agency }, text, ...(whose !== undefined ? { forbidden: true as const } : {}) });
    } else if (seen.has(key)) {
      refusals.push({ field, rule: duplicate, params: { [keyName]: key }, text: `${String(key)} is listed twice` });
    }
    seen.add(key);
  });
  for (const e of existing) {
    if (e.agency === agency && !seen.has(e.key)) {
      refusals.push({ field: `config.${list}`, rule: leftOut, params: { [keyName]: e.key }, text: `${String(e.key)} is left out; only the building's supervisors remove it` });
    }
  }
  return { refusals };
}

/**
 * A field of the whole configuration ("services[4].prefix", or "services.PKB.dailyQuota" from the impact
 * checks) as the agency's input names it ("config.services[0].prefix"); "config" when it lies elsewhere.
 */
function inputField(
  problem: FieldProblem,
  raw: Pick<OfficeConfig, 'services' | 'counters'>,
  agency: string,
  agencyIndex: number,
  serviceAt: ReadonlyMap<string, number>,
  counterAt: ReadonlyMap<number, number>,
): string {
  const { field } = problem;
  if (field === 'services' || field === 'counters') return `config.${field}`;
  const own = `agencies[${agencyIndex}].`;
  if (field.startsWith(own)) {
    const rest = field.slice(own.length);
    return rest.startsWith('priorityPolicy') || rest.startsWith('runningText') ? `config.${rest}` : 'config';
  }
  const byCode = /^services\.([A-Z0-9_]+)(.*)$/.exec(field);
  if (byCode) {
    const i = serviceAt.get(byCode[1] ?? '');
    return i === undefined ? 'config' : `config.services[${i}]${byCode[2] ?? ''}`;
  }
  const indexed = /^(services|counters)\[(\d+)\](.*)$/.exec(field);
  if (!indexed) return 'config';
  const [, list, k, rest = ''] = indexed;
  if (list === 'services') {
    const s = raw.services[Number(k)];
    if (s?.agency === agency) return `config.services[${serviceAt.get(s.code) ?? 0}]${rest}`;
    // A prefix already used: the building names whichever service comes later, which may be the other agency's.
    const clash = problem.rule === 'duplicate_prefix' ? serviceAt.get(String(problem.params?.service)) : undefined;
    return clash === undefined ? 'config' : `config.services[${clash}].prefix`;
  }
  const c = raw.counters[Number(k)];
  return c?.agency === agency ? `config.counters[${counterAt.get(c.number) ?? 0}]${rest}` : 'config';
}
