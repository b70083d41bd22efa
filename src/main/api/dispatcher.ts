import type { z } from 'zod';
import { api, isMethodName, type MethodName, type MethodOutput, type ParsedInput, type Role } from '../../shared/api/contract';
import { LoketError, type ApiErrorBody } from '../../shared/api/errors';
import { describeIssues } from '../../shared/validation/describeIssues';
import type { OfficeCore } from '../core/officeCore';

/** Who is calling: the role proven by the transport (IPC window, LAN token), and a counter's number. */
export interface Caller {
  role: Role | null;
  counter?: number | null;
  via: 'ipc' | 'lan' | 'test';
}

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>, caller: Caller) => MethodOutput<M> };

export function coreHandlers(core: OfficeCore): Handlers {
  return {
    'office.overview': () => core.overview(),
    'tickets.issue': (i) => core.issue(i),
    'tickets.get': (i) => core.getTicket(i),
    'tickets.cancel': (i) => core.cancel(i),
    'queue.snapshot': () => core.snapshot(),
    'counters.callNext': (i) => core.callNext(i),
    'counters.callTicket': (i) => core.callTicket(i),
    'counters.recall': (i) => core.recall(i),
    'tickets.start': (i) => core.start(i),
    'tickets.finish': (i) => core.finish(i),
    'tickets.noShow': (i) => core.noShow(i),
    'tickets.hold': (i) => core.hold(i),
    'tickets.resume': (i) => core.resume(i),
    'tickets.transfer': (i) => core.transfer(i),
    'counters.open': (i) => core.openCounter(i),
    'counters.pause': (i) => core.pauseCounter(i),
    'counters.close': (i) => core.closeCounter(i),
  };
}

export type DispatchResult = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody };

/**
 * The one entry point of every transport: method lookup, credential and role check, input validation,
 * the counter binding, then the handler. A refused request never reaches the core.
 */
export class Dispatcher {
  constructor(private readonly handlers: Handlers) {}

  dispatch(methodName: string, rawInput: unknown, caller: Caller): DispatchResult {
    try {
      return { ok: true, result: this.run(methodName, rawInput, caller) };
    } catch (err) {
      const e = toLoketError(err);
      return { ok: false, status: e.status, error: e.toBody() };
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
      throw new LoketError('bad_request', `Invalid input for "${methodName}".`, describeIssues(parsed.error));
    }
    const input = parsed.data as { counter?: number };
    if (caller.role === 'counter' && input.counter !== undefined && input.counter !== caller.counter) {
      throw new LoketError('forbidden', `This session belongs to counter ${caller.counter ?? '?'}, not counter ${input.counter}.`);
    }
    const handler = this.handlers[methodName] as (i: unknown, c: Caller) => unknown;
    return handler(input, caller);
  }
}

function toLoketError(err: unknown): LoketError {
  if (err instanceof LoketError) return err;
  const code = (err as { code?: string }).code;
  if (typeof code === 'string' && /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB)/.test(code)) {
    console.error('[api] storage failure', err);
    return new LoketError('storage_failed', `The office database could not save the change (${code}); nothing was changed.`);
  }
  console.error('[api] unexpected failure', err);
  return new LoketError('internal', 'Unexpected error; nothing was changed. See the office core log.');
}
