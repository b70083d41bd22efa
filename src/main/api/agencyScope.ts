import type { AgencyScope } from '../../shared/api/method';
import { LoketError } from '../../shared/api/errors';

/** Whose a service, counter, ticket or staff account is; undefined when it does not exist (the handler says not_found). */
export interface AgencyDirectory {
  ofService(code: string): string | undefined;
  ofCounter(counter: number): string | undefined;
  ofTicket(ticketId: string): string | undefined;
  /** null: an account of the building. */
  ofStaff(staffId: number): string | null | undefined;
}

/** The input fields that name something of one agency, and how to find whose it is. */
const OWNED: readonly { field: string; what: string; owner: (dir: AgencyDirectory, value: unknown) => string | null | undefined }[] = [
  { field: 'serviceCode', what: 'service', owner: (dir, v) => (typeof v === 'string' ? dir.ofService(v) : undefined) },
  { field: 'counter', what: 'counter', owner: (dir, v) => (typeof v === 'number' ? dir.ofCounter(v) : undefined) },
  { field: 'ticketId', what: 'ticket', owner: (dir, v) => (typeof v === 'string' ? dir.ofTicket(v) : undefined) },
  { field: 'staffId', what: 'staff member', owner: (dir, v) => (typeof v === 'number' ? dir.ofStaff(v) : undefined) },
  { field: 'agency', what: 'agency', owner: (_dir, v) => (typeof v === 'string' ? v : undefined) },
];

/**
 * A supervisor of one agency may call a method only as its contract allows (shared/api/method.ts): never a
 * building method, and with 'inputs' or 'narrowed' only on that agency's services, counters, tickets and staff. Checked
 * in the dispatcher, before any handler, so no method can forget it.
 */
export function checkAgencyScope(methodName: string, scope: AgencyScope | undefined, input: Record<string, unknown>, agency: string, dir: AgencyDirectory): void {
  if (scope === 'any') return;
  if (scope === undefined) {
    throw new LoketError('forbidden', `"${methodName}" is for the building's supervisors; a supervisor of ${agency} may not call it.`);
  }
  for (const { field, what, owner } of OWNED) {
    if (!(field in input)) continue;
    const whose = owner(dir, input[field]);
    if (whose !== undefined && whose !== agency) {
      throw new LoketError('forbidden', `That ${what} (${String(input[field])}) is not ${agency}'s; a supervisor of ${agency} may change only its own.`);
    }
  }
}
