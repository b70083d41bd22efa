import { z } from 'zod';

/** What every API method declares once: schemas, who may call it, and an example for the README. */

export const ROLES = ['kiosk', 'display', 'counter', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
  /** Who may call it; 'public' needs no credential (read-only data shown on screens anyway). */
  roles: readonly Role[] | 'public';
  /** State-changing methods are never served without a credential. */
  mutates: boolean;
  /** A valid input, shown in the README's curl example (a test checks it against the schema). */
  example: z.input<I>;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export const EXAMPLE_TICKET = '00000000-0000-4000-8000-00000000a001';

export const empty = z.object({}).strict();
