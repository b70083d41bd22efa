import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import type { z } from 'zod';
import { SerialQueue } from '../serial-queue';
import { TransportError, errorMessage } from './transport';
import { HelperProcess } from './windows-helper-process';
import type { HelperRequest } from './windows-helper-protocol';
import { windowsHelperCommand } from './windows-helper-script';

/** Starts a helper process; tests start a stand-in that speaks the same protocol. */
export type StartHelper = () => ChildProcessWithoutNullStreams;

export const startPowerShellHelper: StartHelper = () => {
  const { file, args } = windowsHelperCommand();
  return spawn(file, args, { windowsHide: true, stdio: 'pipe' });
};

type RequestBody = HelperRequest extends infer R ? (R extends HelperRequest ? Omit<R, 'id'> : never) : never;

export type HelperAnswer<T> = { ok: true; result: T } | { ok: false; error: string };

export interface WindowsHelperOptions {
  start?: StartHelper;
  /** PowerShell's start and the C# compile take several seconds on a cold kiosk PC. */
  readyTimeoutMs?: number;
  /**
   * The wait before a start after the helper stopped, by how many stops in a row: the first restart is
   * at once (the next ticket), later ones back off so a helper that cannot run is not started every poll.
   * A request during the wait fails at once rather than keeping a visitor waiting.
   */
  restartDelaysMs?: readonly number[];
  now?: () => number;
}

const READY_TIMEOUT_MS = 30_000;
const RESTART_DELAYS_MS = [0, 2_000, 10_000, 30_000];

/**
 * The long-lived Windows print helper: started on the first request, restarted after it stops, one
 * request at a time (so each timeout measures that request only), replies matched by id.
 */
export class WindowsHelper {
  readonly #start: StartHelper;
  readonly #readyTimeoutMs: number;
  readonly #restartDelaysMs: readonly number[];
  readonly #now: () => number;
  readonly #queue = new SerialQueue();
  #process: HelperProcess | null = null;
  #nextId = 1;
  #stopsInARow = 0;
  #startAllowedAt = 0;
  #lastStop = '';
  #closed = false;
  #started = 0;

  constructor(options: WindowsHelperOptions = {}) {
    this.#start = options.start ?? startPowerShellHelper;
    this.#readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
    this.#restartDelaysMs = options.restartDelaysMs ?? RESTART_DELAYS_MS;
    this.#now = options.now ?? Date.now;
  }

  /**
   * One request; the helper's answer with its result checked against `schema`. Rejects with a
   * TransportError when the helper cannot be started, stops, does not answer within `timeoutMs`
   * (it is then stopped, being stuck, and started again for the next request) or answers nonsense.
   */
  request<T>(body: RequestBody, schema: z.ZodType<T>, timeoutMs: number): Promise<HelperAnswer<T>> {
    return this.#queue.run(async () => {
      const helper = await this.#running();
      const reply = await helper.ask({ ...body, id: this.#nextId++ } as HelperRequest, timeoutMs).catch(async (error: unknown) => {
        // A helper that does not answer is stuck (in WritePrinter, say): stop it, the next request starts another.
        if (error instanceof TransportError && error.failure === 'timeout') await helper.stop();
        throw error;
      });
      // A helper that answers is healthy: should it stop later, the next request starts it again at once.
      this.#stopsInARow = 0;
      if (!reply.ok) return { ok: false, error: reply.error };
      const result = schema.safeParse(reply.result);
      if (!result.success) {
        throw new TransportError('unavailable', `the Windows print helper's answer to "${body.op}" could not be read: ${result.error.issues[0]?.message ?? 'unexpected shape'}`);
      }
      return { ok: true, result: result.data };
    });
  }

  /** Processes started so far (one, on a healthy kiosk). */
  get started(): number {
    return this.#started;
  }

  /** Stops the helper for good (the printer settings changed, or the kiosk is closing). */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#process?.stop();
  }

  async #running(): Promise<HelperProcess> {
    if (this.#closed) throw new TransportError('unavailable', 'the Windows print helper was closed');
    if (this.#process?.alive) return this.#process;
    const wait = this.#startAllowedAt - this.#now();
    if (wait > 0) {
      throw new TransportError('unavailable', `the Windows print helper ${this.#lastStop}; it is started again in ${Math.ceil(wait / 1000)} s`);
    }
    let helper: HelperProcess;
    try {
      helper = new HelperProcess(this.#start(), (reason) => this.#stopped(helper, reason));
    } catch (error) {
      this.#stopped(null, `could not be run: ${errorMessage(error)}`);
      throw new TransportError('unavailable', `the Windows print helper ${this.#lastStop}`, { cause: error });
    }
    this.#process = helper;
    this.#started++;
    try {
      await helper.ready(this.#readyTimeoutMs);
    } catch (error) {
      await helper.stop();
      throw error;
    }
    return helper;
  }

  #stopped(helper: HelperProcess | null, reason: string): void {
    if (this.#closed || (helper !== null && helper !== this.#process)) return;
    this.#lastStop = reason;
    const delay = this.#restartDelaysMs[Math.min(this.#stopsInARow, this.#restartDelaysMs.length - 1)] ?? 0;
    this.#stopsInARow++;
    this.#startAllowedAt = this.#now() + delay;
  }
}
