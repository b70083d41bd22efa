import type { z } from 'zod';
import { api, isMethodName, type MethodName, type MethodOutput, type ParsedInput, type Role } from '../../shared/api/contract';
import { LoketError, type ApiErrorBody } from '../../shared/api/errors';
import { describeIssues } from '../../shared/validation/describeIssues';
import type { Pairing } from '../auth/pairing';
import type { StaffAuth } from '../auth/staffAuth';
import type { Actor, OfficeCore } from '../core/officeCore';

/** A signed-in staff member behind a request. */
export interface CallerSession {
  tokenHash: string;
  staffId: number;
  staffName: string;
  expiresAt: number;
}

/** Who is calling: the role proven by the transport (IPC window, LAN token or session), and a counter's number. */
export interface Caller {
  role: Role | null;
  counter?: number | null;
  via: 'ipc' | 'lan' | 'test';
  /** The office PC itself (loopback or the Electron window): only it may create the first supervisor. */
  local?: boolean;
  session?: CallerSession;
}

type Handler<M extends MethodName> = (input: ParsedInput<M>, caller: Caller) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

export interface OfficeServices {
  core: OfficeCore;
  auth: StaffAuth;
  pairing: Pairing;
}

const actorOf = (caller: Caller): Actor => ({ staffId: caller.session?.staffId ?? null });

export function officeHandlers({ core, auth, pairing }: OfficeServices): Handlers {
  return {
    'office.overview': () => core.overview(),
    'tickets.issue': (i) => core.issue(i),
    'tickets.get': (i) => core.getTicket(i),
    'tickets.cancel': (i, c) => core.cancel(i, actorOf(c)),
    'queue.snapshot': () => core.snapshot(),
    'calls.recent': (i) => core.recentCalls(i),
    'counters.callNext': (i, c) => core.callNext(i, actorOf(c)),
    'counters.callTicket': (i, c) => core.callTicket(i, actorOf(c)),
    'counters.recall': (i, c) => core.recall(i, actorOf(c)),
    'tickets.start': (i, c) => core.start(i, actorOf(c)),
    'tickets.finish': (i, c) => core.finish(i, actorOf(c)),
    'tickets.noShow': (i, c) => core.noShow(i, actorOf(c)),
    'tickets.hold': (i, c) => core.hold(i, actorOf(c)),
    'tickets.resume': (i, c) => core.resume(i, actorOf(c)),
    'tickets.transfer': (i, c) => core.transfer(i, actorOf(c)),
    'counters.open': (i, c) => core.openCounter(i, actorOf(c)),
    'counters.pause': (i, c) => core.pauseCounter(i, actorOf(c)),
    'counters.close': (i, c) => core.closeCounter(i, actorOf(c)),
    'auth.status': (_i, c) => auth.status(c),
    'auth.setup': (i, c) => auth.setup(i, c),
    'auth.signIn': (i) => auth.signIn(i),
    'auth.signOut': (_i, c) => auth.signOut(c),
    'staff.list': () => auth.listStaff(),
    'staff.create': (i, c) => auth.createStaff(i, c),
    'staff.setPin': (i, c) => auth.setPin(i, c),
    'staff.disable': (i, c) => auth.disableStaff(i, c),
    'devices.pairRequest': (i) => pairing.request(i),
    'devices.pairStatus': (i) => pairing.status(i),
    'devices.approve': (i, c) => pairing.approve(i, c),
    'devices.list': () => pairing.list(),
    'devices.revoke': (i, c) => pairing.revoke(i, c),
  };
}

export type DispatchResult = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody };

/**
 * The one entry point of every transport: method lookup, credential and role check, input validation,
 * the counter binding, then the handler. A refused request never reaches the core.
 */
export class Dispatcher {
  constructor(private readonly handlers: Handlers) {}

  /**
   * Synchronous for the queue methods (the common, latency-sensitive case); a Promise only for the
   * few that hash PINs. Transports simply await the result.
   */
  dispatch(methodName: string, rawInput: unknown, caller: Caller): DispatchResult | Promise<DispatchResult> {
    try {
      const result = this.run(methodName, rawInput, caller);
      if (result instanceof Promise) return result.then((r) => ({ ok: true, result: r }) as const, failure);
      return { ok: true, result };
    } catch (err) {
      return failure(err);
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

function failure(err: unknown): DispatchResult {
  const e = toLoketError(err);
  return { ok: false, status: e.status, error: e.toBody() };
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
