import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { TransportError } from './transport';
import { type HelperMessage, type HelperRequest, LineSplitter, encodeRequest, parseHelperLine } from './windows-helper-protocol';

type Reply = Extract<HelperMessage, { kind: 'reply' }>;

interface Waiter {
  op: HelperRequest['op'];
  resolve(reply: Reply): void;
  reject(error: Error): void;
}

/** A reply is a few hundred bytes; a line this long is not one. */
const MAX_LINE = 1_000_000;
/** The end of stderr, for the message when the helper stops (PowerShell prints its error there). */
const STDERR_KEPT = 1_000;

/**
 * One running helper process: replies matched to their requests by id, anything else on stdout ignored,
 * the end of stderr kept to say why it stopped. `onEnd` hears of the end before any waiting request does.
 */
export class HelperProcess {
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #onEnd: (reason: string) => void;
  readonly #lines = new LineSplitter(MAX_LINE);
  readonly #waiting = new Map<number, Waiter>();
  #readyWaiter: { resolve(): void; reject(error: Error): void } | null = null;
  #ready = false;
  #stderr = '';
  #end: string | null = null;
  readonly #ended: Promise<void>;
  #markEnded: () => void = () => undefined;

  constructor(child: ChildProcessWithoutNullStreams, onEnd: (reason: string) => void) {
    this.#child = child;
    this.#onEnd = onEnd;
    this.#ended = new Promise((resolve) => {
      this.#markEnded = resolve;
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const line of this.#lines.push(chunk)) this.#onLine(line);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      this.#stderr = (this.#stderr + chunk).slice(-STDERR_KEPT);
    });
    // A pipe to a process that has gone fails (EPIPE); the process's own end says why, so these are only heard.
    for (const stream of [child.stdin, child.stdout, child.stderr]) stream.on('error', () => undefined);
    child.on('error', (error) => this.#stop(`could not be run: ${error.message}`));
    // 'close', not 'exit': stdout is read to its end first, so a reply written just before exiting still counts.
    child.on('close', (code, signal) => {
      const stderr = this.#stderr.trim();
      this.#stop(`stopped (${code === null ? `signal ${signal ?? 'unknown'}` : `exit code ${code}`})${stderr ? `: ${stderr}` : ''}`);
    });
  }

  get alive(): boolean {
    return this.#end === null;
  }

  /** Resolves once the helper said it is ready (PowerShell started, the C# compiled). */
  ready(timeoutMs: number): Promise<void> {
    if (this.#ready) return Promise.resolve();
    if (this.#end !== null) return Promise.reject(this.#startFailure(this.#end));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#readyWaiter = null;
        reject(new TransportError('timeout', `the Windows print helper was not ready within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#readyWaiter = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  /** Sends one request and resolves with its reply; a TransportError when none comes within `timeoutMs` or the helper stops. */
  ask(request: HelperRequest, timeoutMs: number): Promise<Reply> {
    if (this.#end !== null) return Promise.reject(this.#stopFailure(request.op, this.#end));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(request.id);
        reject(new TransportError('timeout', `the Windows print helper did not answer "${request.op}" within ${timeoutMs} ms`));
      }, timeoutMs);
      const settle = () => {
        clearTimeout(timer);
        this.#waiting.delete(request.id);
      };
      this.#waiting.set(request.id, {
        op: request.op,
        resolve: (reply) => {
          settle();
          resolve(reply);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      });
      this.#child.stdin.write(encodeRequest(request));
    });
  }

  /** Ends the process (a hung helper, or the kiosk closing) and resolves once it has gone. */
  stop(): Promise<void> {
    if (this.#end === null) this.#child.kill();
    return this.#ended;
  }

  #onLine(line: string): void {
    const message = parseHelperLine(line);
    if (message === null) return;
    if (message.kind === 'ready') {
      this.#ready = true;
      this.#readyWaiter?.resolve();
      this.#readyWaiter = null;
      return;
    }
    // An answer nobody waits for any more (its request timed out) is dropped.
    this.#waiting.get(message.id)?.resolve(message);
  }

  #stop(reason: string): void {
    if (this.#end !== null) return;
    this.#end = reason;
    this.#onEnd(reason);
    this.#readyWaiter?.reject(this.#startFailure(reason));
    this.#readyWaiter = null;
    for (const waiter of [...this.#waiting.values()]) waiter.reject(this.#stopFailure(waiter.op, reason));
    this.#markEnded();
  }

  #startFailure(reason: string): TransportError {
    return new TransportError('unavailable', `the Windows print helper ${reason}`);
  }

  #stopFailure(op: string, reason: string): TransportError {
    return new TransportError('closed', `the Windows print helper ${reason} while answering "${op}"`);
  }
}
