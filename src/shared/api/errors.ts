/**
 * Every failure the API can report. The code is stable (screens translate it for visitors and staff);
 * the message carries the operator's detail.
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
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 429,
  storage_failed: 503,
  storage_full: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Numbers a screen needs to word a refusal itself, instead of reading them out of the English message. */
export interface ErrorParams {
  /** Wrong PINs still allowed before the lock. */
  attemptsLeft?: number;
  /** How long a lock or limit still holds. */
  retryAfterSeconds?: number;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level problems for bad_request. */
  problems?: string[];
  params?: ErrorParams;
}

export class LoketError extends Error {
  readonly code: ErrorCode;
  readonly problems: string[] | undefined;
  readonly params: ErrorParams | undefined;

  constructor(code: ErrorCode, message: string, problems?: string[], params?: ErrorParams) {
    super(message);
    this.name = 'LoketError';
    this.code = code;
    this.problems = problems;
    this.params = params;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.problems ? { problems: this.problems } : {}),
      ...(this.params ? { params: this.params } : {}),
    };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}
