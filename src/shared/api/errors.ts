import type { z } from 'zod';
import type { Issue, IssueParams, IssueRule } from '../validation/issueRules';
import type { ErrorParamSchemas } from './errorParams';

/**
 * Every failure the API can report, with its HTTP status. The code is stable (screens translate it for
 * visitors and staff, with the typed params of errorParams.ts); the message carries the operator's detail.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  wrong_pin: 401,
  forbidden: 403,
  wrong_setup_code: 403,
  not_found: 404,
  unknown_method: 404,
  wrong_state: 409,
  service_closed: 409,
  quota_reached: 409,
  counter_busy: 409,
  counter_not_open: 409,
  needs_confirmation: 409,
  booking_refused: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 429,
  storage_failed: 503,
  storage_full: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The figures a code carries so a screen can word the refusal itself; never for a code without params. */
export type ErrorParams<C extends ErrorCode = ErrorCode> = C extends keyof ErrorParamSchemas ? z.output<ErrorParamSchemas[C]> : never;

/** An item a refusal lists: its rule and params for screens, and its English text for the `problems` line. */
export interface FieldProblem extends Issue {
  text: string;
}

/** The error body on the wire (HTTP and IPC alike). */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /**
   * What the refusal lists, one English line each ("office.timeZone: is not …"): field problems of
   * bad_request, consequences of needs_confirmation, obstacles of wrong_state.
   */
  problems?: string[];
  /** The same items as rules with params, in the same order, for screens to word in their language. */
  issues?: Issue[];
  params?: ErrorParams;
}

export class LoketError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly problems: string[] | undefined;
  readonly params: ErrorParams<C> | undefined;
  readonly issues: Issue[] | undefined;

  constructor(code: C, message: string, problems?: string[], params?: ErrorParams<C>, issues?: Issue[]) {
    super(message);
    this.name = 'LoketError';
    this.code = code;
    this.problems = problems;
    this.params = params;
    this.issues = issues;
  }

  /** A refusal listing its problems twice: as English lines and as rules with params. */
  static withProblems<C extends ErrorCode>(code: C, message: string, problems: readonly FieldProblem[]): LoketError<C> {
    return new LoketError(
      code,
      message,
      problems.map((p) => `${p.field}: ${p.text}`),
      undefined,
      problems.map(({ field, rule, params }) => ({ field, rule, ...(params ? { params } : {}) })),
    );
  }

  /** A refusal of one field, worded by screens from its rule; the English sentence is the operator's copy. */
  static forField<C extends ErrorCode>(code: C, field: string, rule: IssueRule, params: IssueParams, text: string): LoketError<C> {
    return LoketError.withProblems(code, text, [{ field, rule, params, text }]);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.problems ? { problems: this.problems } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.params ? { params: this.params } : {}),
    };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}
