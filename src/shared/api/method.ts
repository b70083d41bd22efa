import { z } from 'zod';

/** What every API method declares once: schemas, who may call it, and an example for docs/api.md. */

export const ROLES = ['kiosk', 'display', 'counter', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a supervisor of one agency of a Mal Pelayanan Publik may do with a method (docs/agencies.md);
 * left out, only the building's own supervisors may call it (devices, sync, settings, backups …).
 * - 'inputs': every service, counter, ticket, staff member or agency named in the input must be the
 *   caller's agency's (the dispatcher checks, before the handler runs);
 * - 'narrowed': a read the handler narrows to the caller's agency (what its input names is checked as for 'inputs');
 * - 'any': nothing of one agency (signing out, the office voice).
 */
export type AgencyScope = 'inputs' | 'narrowed' | 'any';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
  /** Who may call it; 'public' needs no credential (reads shown on screens anyway, and the doors that guard themselves: first-run setup, PIN sign-in, pairing). */
  roles: readonly Role[] | 'public';
  /** What an agency supervisor may do with it; absent: the building's supervisors only. */
  agency?: AgencyScope;
  /** Whether it changes state (the database, a file, the printer, or sessions and pairing codes in memory); docs/api.md shows it as "reads" or "changes state", and a test checks that no method marked false changes anything. */
  mutates: boolean;
  /** A valid input, shown in docs/api.md's curl example (a test checks it against the schema). */
  example: z.input<I>;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export const EXAMPLE_TICKET = '00000000-0000-4000-8000-00000000a001';

export const empty = z.object({}).strict();
