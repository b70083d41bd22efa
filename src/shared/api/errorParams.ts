import { z } from 'zod';
import { ISSUE_RULES, type IssueRule } from '../validation/issueRules';

/**
 * The typed params of the error codes that carry figures, as zod schemas: the dispatcher checks every
 * refusal against them before it leaves the office core (errorBody.ts), so the wire shape is checked once.
 * A code not listed here carries no params. (Kept apart from errors.ts so the renderer stays free of zod.)
 */

/** Which wrong_state a refusal is, where a screen says something different for each. */
export const WRONG_STATE_REASONS = ['not_served', 'other_day', 'already_rated', 'survey_done'] as const;
export type WrongStateReason = (typeof WRONG_STATE_REASONS)[number];

const seconds = z.int().min(1);

export const ERROR_PARAMS = {
  /** attemptsLeft is absent at the kiosk window (no account lock there); retryAfterSeconds when the device must wait. */
  wrong_pin: z.object({ attemptsLeft: z.int().min(0).optional(), retryAfterSeconds: seconds.optional() }).strict(),
  /** How long the lock or limit still holds; attemptsLeft 0 when it is a PIN lock. */
  locked: z.object({ retryAfterSeconds: seconds, attemptsLeft: z.literal(0).optional() }).strict(),
  wrong_state: z.object({ reason: z.enum(WRONG_STATE_REASONS) }).strict(),
} as const;

export type ErrorParamSchemas = typeof ERROR_PARAMS;

export const issueSchema = z
  .object({
    field: z.string(),
    rule: z.enum(Object.keys(ISSUE_RULES) as [IssueRule, ...IssueRule[]]),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .strict();
