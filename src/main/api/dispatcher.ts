import type { z } from 'zod';
import { api, isMethodName } from '../../shared/api/contract';
import { errorBody } from '../../shared/api/errorBody';
import { ERROR_STATUS, LoketError, type ApiErrorBody } from '../../shared/api/errors';
import { describeIssues, issuesOf } from '../../shared/validation/describeIssues';
import type { Caller } from '../auth/caller';
import type { StorageHealth } from '../durability/storageHealth';
import { checkAgencyScope, type AgencyDirectory } from './agencyScope';
import type { Handlers } from './handlerTypes';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody };

/**
 * The one entry point of every transport: method lookup, credential and role check, input validation,
 * the counter binding, an agency supervisor's scope, then the handler. A refused request never reaches the core.
 */
export class Dispatcher {
  constructor(
    private readonly handlers: Handlers,
    private readonly storage: StorageHealth,
    private readonly agencies: AgencyDirectory,
  ) {}

  /**
   * Synchronous for the queue methods (the common, latency-sensitive case); a Promise only for the
   * few that hash PINs. Transports simply await the result.
   */
  dispatch(methodName: string, rawInput: unknown, caller: Caller): DispatchResult | Promise<DispatchResult> {
    try {
      const result = this.run(methodName, rawInput, caller);
      if (result instanceof Promise) return result.then((r) => ({ ok: true, result: r }) as const, (err: unknown) => failure(err, this.storage));
      return { ok: true, result };
    } catch (err) {
      return failure(err, this.storage);
    }
  }

  private run(methodName: string, rawInput: unknown, caller: Caller): unknown {
    if (!isMethodName(methodName)) {
      throw new LoketError('unknown_method', `There is no API method "${methodName}".`);
    }
    const spec = api[methodName];
    if (spec.roles !== 'public') {
      if (caller.role === null) {
        throw new LoketError('unauthorized', `"${methodName}" needs a credential (one of: ${spec.roles.join(', ')}).`);
      }
      if (!spec.roles.includes(caller.role)) {
        throw new LoketError('forbidden', `The ${caller.role} role may not call "${methodName}".`);
      }
    }
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) {
      throw new LoketError('bad_request', `Invalid input for "${methodName}".`, describeIssues(parsed.error), undefined, issuesOf(parsed.error));
    }
    const input = parsed.data as { counter?: number };
    if (caller.role === 'counter' && input.counter !== undefined && input.counter !== caller.counter) {
      throw new LoketError('forbidden', `This session belongs to counter ${caller.counter ?? '?'}, not counter ${input.counter}.`);
    }
    // Public methods answer anyone the same, an agency supervisor too.
    if (spec.roles !== 'public' && caller.role === 'supervisor' && caller.agency !== undefined) {
      checkAgencyScope(methodName, spec.agency, input as Record<string, unknown>, caller.agency, this.agencies);
    }
    const handler = this.handlers[methodName] as (i: unknown, c: Caller) => unknown;
    return handler(input, caller);
  }
}

function failure(err: unknown, storage: StorageHealth): DispatchResult {
  const e = toLoketError(err, storage);
  const error = errorBody(e);
  return { ok: false, status: ERROR_STATUS[error.code], error };
}

/**
 * A failure as the API reports it. A full disk (SQLITE_FULL, ENOSPC, or a failed save on a disk that is
 * in fact full) turns the office's storage health 'full' and answers storage_full: the screens then say
 * so plainly, and issuing resumes by itself once space is freed.
 */
function toLoketError(err: unknown, storage: StorageHealth): LoketError {
  if (storage.report(err, 'request')) {
    const detail = err instanceof LoketError ? err.message : `The office PC's disk is full (${(err as { code?: string }).code ?? 'ENOSPC'}); nothing was changed.`;
    console.error(`[api] ${detail}`);
    return new LoketError('storage_full', `${detail} Free space on the disk holding the data folder; Loket resumes by itself.`);
  }
  if (err instanceof LoketError) return err;
  const code = (err as { code?: string }).code;
  if (typeof code === 'string' && /^SQLITE_(IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB)/.test(code)) {
    console.error('[api] storage failure', err);
    return new LoketError('storage_failed', `The office database could not save the change (${code}); nothing was changed.`);
  }
  console.error('[api] unexpected failure', err);
  return new LoketError('internal', 'Unexpected error; nothing was changed. See the office core log.');
}
