import { z } from 'zod';

/** What every API method declares once: schemas, who may call it, and an example for docs/api.md. */

export const ROLES = ['kiosk', 'display', 'counter', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
  /** Who may call it; 'public' needs no credential (reads shown on screens anyway, and the doors that guard themselves: first-run setup, PIN sign-in, pairing). */
  roles: readonly Role[] | 'public';
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
