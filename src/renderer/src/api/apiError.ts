import { isErrorCode, type ErrorCode, type ErrorParams } from '../../../shared/api/errors';
import { isIssueRule, type Issue, type IssueParams } from '../../../shared/validation/issueRules';

/** The shared API codes plus "network": the request never got an answer (cable, server down, timeout). */
export type ClientErrorCode = ErrorCode | 'network';

type RawParams = Readonly<Record<string, string | number>>;

/**
 * Every failed call rejects with this; screens word it from `code`, `paramsOf` and `issues`, and may log
 * `message` and `problems` (English, for the operator).
 */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly problems: string[];
  readonly issues: Issue[];
  private readonly params: RawParams;

  constructor(code: ClientErrorCode, message: string, problems: string[] = [], issues: Issue[] = [], params: RawParams = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
    this.issues = issues;
    this.params = params;
  }

  /**
   * The refusal's params when it is `code`, else null. The office core checked them against their
   * declaration; a field may still be missing from an older core, so each is optional here.
   */
  paramsOf<C extends ErrorCode>(code: C): Partial<ErrorParams<C>> | null {
    return this.code === code ? (this.params as Partial<ErrorParams<C>>) : null;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Builds the ApiError of an error body (errors.ts ApiErrorBody), tolerating a malformed one. */
export function apiErrorFromBody(body: unknown, fallbackMessage: string): ApiError {
  const error = (body ?? {}) as { code?: unknown; message?: unknown; problems?: unknown; issues?: unknown; params?: unknown };
  const problems = Array.isArray(error.problems) ? error.problems.filter((p): p is string => typeof p === 'string') : [];
  const issues = Array.isArray(error.issues) ? error.issues.flatMap(issueFrom) : [];
  const message = typeof error.message === 'string' ? error.message : fallbackMessage;
  return new ApiError(isErrorCode(error.code) ? error.code : 'internal', message, problems, issues, valuesFrom(error.params));
}

/** An issue with a known rule; anything else in a malformed body is dropped. */
function issueFrom(value: unknown): Issue[] {
  const raw = (value ?? {}) as { field?: unknown; rule?: unknown; params?: unknown };
  if (typeof raw.field !== 'string' || !isIssueRule(raw.rule)) return [];
  return [{ field: raw.field, rule: raw.rule, params: valuesFrom(raw.params) }];
}

/** Only string and number values survive. */
function valuesFrom(value: unknown): IssueParams {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
}

/** Any thrown value as an ApiError, so screens handle one kind of failure. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('internal', err instanceof Error ? err.message : String(err));
}
