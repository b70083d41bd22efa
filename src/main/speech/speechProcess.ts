import { isSynthesisReply, type SynthesisReply, type SynthesisRequest, type WorkerChannel, type WorkerLauncher } from './workerProtocol';

export interface SpeechProcessOptions {
  /** A text not spoken within this is given up and the process started afresh (default 15 s). */
  timeoutMs?: number;
  /** Texts waiting at most; more are refused at once rather than queued (default 16). */
  maxWaiting?: number;
  /** The process ends after this long without a request, giving its memory back (default 5 min). */
  idleMs?: number;
}

/** Thrown when more texts wait than the process may queue. */
export class SpeechBusyError extends Error {
  constructor(waiting: number) {
    super(`${waiting} texts are already waiting to be spoken`);
    this.name = 'SpeechBusyError';
  }
}

interface Job {
  request: SynthesisRequest;
  resolve: (wav: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * The office's side of the speech process: started on the first text, one text at a time (eSpeak NG is
 * single-threaded, and the office PC keeps its other core), restarted after a crash or a hang, ended
 * when idle. Ticket issue never waits on it: it runs in its own process.
 */
export class SpeechProcess {
  private channel: WorkerChannel | null = null;
  private readonly waiting: Job[] = [];
  private running: { job: Job; timer: NodeJS.Timeout } | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private readonly timeoutMs: number;
  private readonly maxWaiting: number;
  private readonly idleMs: number;

  constructor(
    private readonly launch: WorkerLauncher,
    options: SpeechProcessOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxWaiting = options.maxWaiting ?? 16;
    this.idleMs = options.idleMs ?? 5 * 60_000;
  }

  synthesize(text: string, voice: string, wordsPerMinute: number): Promise<Uint8Array> {
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(new SpeechBusyError(this.waiting.length));
    return new Promise((resolve, reject) => {
      this.waiting.push({ request: { id: this.nextId++, text, voice, wordsPerMinute }, resolve, reject });
      this.pump();
    });
  }

  /** Whether the process is running now (tests, and the idle shutdown). */
  get started(): boolean {
    return this.channel !== null;
  }

  close(): void {
    this.stopIdleTimer();
    for (const job of this.waiting.splice(0)) job.reject(new Error('speech stopped'));
    this.fail(new Error('speech stopped'));
    this.end();
  }

  private pump(): void {
    if (this.running !== null) return;
    const job = this.waiting.shift();
    if (job === undefined) {
      this.startIdleTimer();
      return;
    }
    this.stopIdleTimer();
    const channel = this.ensureChannel();
    const timer = setTimeout(() => {
      // A hung synthesis would hold every later text: end the process, the next text starts a new one.
      this.fail(new Error(`no speech within ${this.timeoutMs} ms`));
      this.end();
      this.pump();
    }, this.timeoutMs);
    this.running = { job, timer };
    channel.send(job.request);
  }

  private ensureChannel(): WorkerChannel {
    if (this.channel) return this.channel;
    const channel = this.launch();
    this.channel = channel;
    channel.onReply((reply) => this.settle(reply));
    channel.onExit((detail) => {
      if (this.channel !== channel) return;
      this.channel = null;
      this.fail(new Error(`the speech process ended: ${detail}`));
      this.pump();
    });
    return channel;
  }

  private settle(reply: SynthesisReply): void {
    const running = this.running;
    if (!isSynthesisReply(reply) || running === null || running.job.request.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running = null;
    if ('wav' in reply) running.job.resolve(reply.wav);
    else running.job.reject(new Error(`eSpeak NG failed: ${reply.error}`));
    this.pump();
  }

  private fail(error: Error): void {
    const running = this.running;
    if (running === null) return;
    clearTimeout(running.timer);
    this.running = null;
    running.job.reject(error);
  }

  private end(): void {
    const channel = this.channel;
    this.channel = null;
    channel?.kill();
  }

  private startIdleTimer(): void {
    if (this.channel === null || this.idleTimer !== null) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.running === null && this.waiting.length === 0) this.end();
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
