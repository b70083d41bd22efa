/**
 * Every failure the API can report. The code is stable (screens translate it for visitors and staff);
 * the message carries the operator's detail.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  wrong_pin: 401,
  forbidden: 403,
  not_found: 404,
  unknown_method: 404,
  wrong_state: 409,
  service_closed: 409,
  quota_reached: 409,
  counter_busy: 409,
  counter_not_open: 409,
  needs_confirmation: 409,
  locked: 429,
  storage_failed: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level problems for bad_request. */
  problems?: string[];
}

export class LoketError extends Error {
  readonly code: ErrorCode;
  readonly problems: string[] | undefined;

  constructor(code: ErrorCode, message: string, problems?: string[]) {
    super(message);
    this.name = 'LoketError';
    this.code = code;
    this.problems = problems;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return this.problems ? { code: this.code, message: this.message, problems: this.problems } : { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}
