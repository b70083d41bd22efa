import { isErrorCode, type ErrorCode } from '../../../shared/api/errors';

/** The shared API codes plus "network": the request never got an answer (cable, server down, timeout). */
export type ClientErrorCode = ErrorCode | 'network';

/** Every failed call rejects with this; screens translate `code` for people and may log `message`. */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly problems: string[];

  constructor(code: ClientErrorCode, message: string, problems: string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Builds the ApiError of an `{ code, message, problems? }` error body, tolerating a malformed one. */
export function apiErrorFromBody(body: unknown, fallbackMessage: string): ApiError {
  const error = (body ?? {}) as { code?: unknown; message?: unknown; problems?: unknown };
  const problems = Array.isArray(error.problems) ? error.problems.filter((p): p is string => typeof p === 'string') : [];
  const message = typeof error.message === 'string' ? error.message : fallbackMessage;
  return new ApiError(isErrorCode(error.code) ? error.code : 'internal', message, problems);
}

/** Any thrown value as an ApiError, so screens handle one kind of failure. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('internal', err instanceof Error ? err.message : String(err));
}
