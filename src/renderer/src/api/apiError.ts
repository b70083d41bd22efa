import { isErrorCode, type ErrorCode, type ErrorParams } from '../../../shared/api/errors';

/** The shared API codes plus "network": the request never got an answer (cable, server down, timeout). */
export type ClientErrorCode = ErrorCode | 'network';

/** Every failed call rejects with this; screens translate `code` for people and may log `message`. */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly problems: string[];
  readonly params: ErrorParams;

  constructor(code: ClientErrorCode, message: string, problems: string[] = [], params: ErrorParams = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
    this.params = params;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Builds the ApiError of an `{ code, message, problems? }` error body, tolerating a malformed one. */
export function apiErrorFromBody(body: unknown, fallbackMessage: string): ApiError {
  const error = (body ?? {}) as { code?: unknown; message?: unknown; problems?: unknown; params?: unknown };
  const problems = Array.isArray(error.problems) ? error.problems.filter((p): p is string => typeof p === 'string') : [];
  const message = typeof error.message === 'string' ? error.message : fallbackMessage;
  return new ApiError(isErrorCode(error.code) ? error.code : 'internal', message, problems, paramsFrom(error.params));
}

/** Only the known numeric params survive; anything else in a malformed body is ignored. */
function paramsFrom(value: unknown): ErrorParams {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const params: ErrorParams = {};
  if (typeof raw.attemptsLeft === 'number') params.attemptsLeft = raw.attemptsLeft;
  if (typeof raw.retryAfterSeconds === 'number') params.retryAfterSeconds = raw.retryAfterSeconds;
  return params;
}

/** Any thrown value as an ApiError, so screens handle one kind of failure. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('internal', err instanceof Error ? err.message : String(err));
}
