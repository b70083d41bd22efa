import { closeSync, constants, mkdirSync, openSync, writeSync } from 'node:fs';
import type { SyncStatusView } from '../../shared/api/methods/sync';
import { join } from 'node:path';
import { LoketError } from '../../shared/api/errors';
import { SYNC_LIMITS } from '../../shared/sync/limits';
import { pingResponse, PROTOCOL_VERSION, pushResponse, rotateResponse, SYNC_PATHS } from '../../shared/sync/protocol';
import type { Clock } from '../core/clock';
import type { Store } from '../store/store';
import { DEFAULT_BACKOFF, retryDelay, type BackoffOptions } from './backoff';
import { nextBatch } from './batching';
import { enrolKiosk } from './enrolment';
import { checkExportFolder } from './exportTarget';
import type { SecretStore } from './secretStore';
import { SyncStore, type SyncErrorInfo } from './syncStore';
import { exchange, type Exchange } from './syncTransport';
import { signUsbFile } from './usbExport';

export interface SyncClientOptions {
  /** Quiet time after a change before pushing, so a burst of tickets becomes one push. */
  debounceMs: number;
  /** Push at least this often even without changes (catches anything a failed push left). */
  intervalMs: number;
  /** While the network is down, how often to probe for it to return. */
  probeMs: number;
  requestTimeoutMs: number;
  rowsPerBatch: number;
  backoff: BackoffOptions;
  random: () => number;
  /** The office configuration's sync.exportFolders: where, besides removable media, the USB file may go. */
  exportFolders: () => readonly string[];
}

export const DEFAULT_SYNC_OPTIONS: SyncClientOptions = {
  debounceMs: 2000,
  intervalMs: 5 * 60_000,
  probeMs: 15_000,
  requestTimeoutMs: 15_000,
  rowsPerBatch: SYNC_LIMITS.clientRowsPerBatch,
  backoff: DEFAULT_BACKOFF,
  random: Math.random,
  exportFolders: () => [],
};

export type SyncStatus = SyncStatusView;
export type SyncState = SyncStatus['state'];

export interface PushOutcome {
  ok: boolean;
  pushedRows: number;
  rowsPending: number;
  error: SyncErrorInfo | null;
}

type Failure = Exclude<Exchange<unknown>, { ok: true }>;

/**
 * Pushes the kiosk's daily counters to the city server: debounced after each change, periodically,
 * and on demand; one push at a time; full-jitter backoff honouring Retry-After on failures; probing
 * while offline and retrying the moment the server answers again. Any length of offline time only
 * means more pending rows, sent in order of change.
 */
export class SyncClient {
  private readonly syncStore: SyncStore;
  private readonly options: SyncClientOptions;
  private state: SyncState;
  private running: Promise<PushOutcome> | null = null;
  private again = false;
  private attempt = 0;
  private nextAttemptAt: number | null = null;
  private debounceTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private probeTimer: NodeJS.Timeout | null = null;
  private intervalTimer: NodeJS.Timeout | null = null;
  private started = false;
  /** stop() was called: a push in flight finishes its current batch and ends. */
  private stopRequested = false;

  constructor(
    private readonly store: Store,
    private readonly secrets: SecretStore,
    private readonly clock: Clock,
    options: Partial<SyncClientOptions> = {},
  ) {
    this.syncStore = new SyncStore(store);
    this.options = { ...DEFAULT_SYNC_OPTIONS, ...options };
    this.state = this.syncStore.enrolment() ? 'idle' : 'not_enrolled';
    if (this.state === 'idle' && this.syncStore.lastError()?.code === 'reenrol_required') this.state = 'reenrol_required';
  }

  start(): void {
    if (this.started) return;
    // Made now, while the office starts: the monitor reads it, and a read must never be the first write
    // (on a disk that has since filled, the monitor would fail).
    this.syncStore.replicaId();
    this.started = true;
    this.stopRequested = false;
    this.intervalTimer = setInterval(() => this.trigger(), this.options.intervalMs);
    this.intervalTimer.unref();
    this.trigger();
  }

  stop(): void {
    this.started = false;
    this.stopRequested = true;
    for (const t of [this.debounceTimer, this.retryTimer, this.probeTimer]) if (t) clearTimeout(t);
    if (this.intervalTimer) clearInterval(this.intervalTimer);
    this.debounceTimer = this.retryTimer = this.probeTimer = this.intervalTimer = null;
    this.state = 'stopped';
  }

  /** Stops and waits for a push in flight (the store must outlive it). */
  async close(): Promise<void> {
    this.stop();
    await this.running?.catch(() => undefined);
  }

  /** Called after every committed change: push once things are quiet for a moment. */
  notifyChange(): void {
    if (!this.started) return;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      this.trigger();
    }, this.options.debounceMs);
    this.debounceTimer.unref();
  }

  status(): SyncStatus {
    const e = this.syncStore.enrolment();
    return {
      enrolled: e !== null,
      state: this.state,
      serverUrl: e?.serverUrl ?? null,
      office: e ? { id: e.officeId, name: e.officeName } : null,
      kioskId: e?.kioskId ?? null,
      replicaId: this.syncStore.replicaId(),
      lastSuccessAt: this.syncStore.lastSuccessAt(),
      rowsPending: this.syncStore.pendingRows(),
      lastError: this.syncStore.lastError(),
      nextAttemptAt: this.nextAttemptAt,
    };
  }

  async enrol(input: { serverUrl: string; code: string; label?: string | undefined }): Promise<SyncStatus> {
    await this.running?.catch(() => undefined);
    await enrolKiosk(input, { syncStore: this.syncStore, secrets: this.secrets, now: () => this.clock.now(), timeoutMs: this.options.requestTimeoutMs });
    this.state = 'idle';
    this.attempt = 0;
    this.trigger();
    return this.status();
  }

  /** Pushes everything pending now, ignoring any backoff wait (the supervisor's button, and tests). */
  pushNow(): Promise<PushOutcome> {
    this.clearRetry();
    if (this.running) {
      // A push is in flight: run once more after it, so rows written meanwhile go too.
      this.again = true;
      return this.running.then(() => this.running ?? this.run());
    }
    return this.run();
  }

  /**
   * sync.exportFile: a folder asked for is checked first (removable media or a configured export folder,
   * links resolved), so a refused one gets nothing written.
   */
  async exportFileChecked(directory?: string): Promise<ReturnType<SyncClient['exportFile']>> {
    return this.exportFile(directory === undefined ? undefined : await checkExportFolder(directory, this.options.exportFolders()));
  }

  /** Every pending row in a signed file for the city admin's import page (a van with no network at all), written to a folder already checked. */
  exportFile(directory?: string): { fileName: string; rows: number; content: string; writtenTo: string | null } {
    const e = this.syncStore.enrolment();
    const secrets = this.secrets.read();
    if (!e || !secrets) throw new LoketError('wrong_state', 'Enrol this kiosk with the city server first; the USB file is signed with the key made at enrolment.');
    const daily = this.changedSince;
    const rows: { date: string; metric: string; value: number }[] = [];
    let seq = this.syncStore.ackedSeq();
    for (let batch = nextBatch(daily, seq, SYNC_LIMITS.maxRowsPerBatch); batch; batch = nextBatch(daily, seq, SYNC_LIMITS.maxRowsPerBatch)) {
      rows.push(...batch.rows);
      seq = batch.through;
    }
    const file = signUsbFile({ replicaId: this.syncStore.replicaId(), kioskId: e.kioskId, createdAt: this.clock.now(), through: seq, rows }, secrets.privateKeyPem);
    let writtenTo: string | null = null;
    if (directory) {
      mkdirSync(directory, { recursive: true });
      writtenTo = join(directory, file.fileName);
      // A link planted under the file's name on the stick is refused, not followed (O_NOFOLLOW; Linux).
      const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
      try {
        const fd = openSync(writtenTo, flags, 0o644);
        try {
          writeSync(fd, file.content);
        } finally {
          closeSync(fd);
        }
      } catch (err) {
        throw new LoketError('storage_failed', `The USB file could not be written to ${writtenTo} (${(err as NodeJS.ErrnoException).code ?? String(err)}).`);
      }
    }
    return { ...file, rows: rows.length, writtenTo };
  }

  private readonly changedSince = (seq: number, limit: number) => this.store.daily.changedSince(seq, limit);

  private trigger(): void {
    if (!this.started || this.retryTimer || this.state === 'reenrol_required' || this.state === 'not_enrolled') return;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  private run(): Promise<PushOutcome> {
    const p = this.pushAll()
      .catch((err: unknown): PushOutcome => {
        // A local failure (e.g. the store closing under a timer) must not become an unhandled rejection.
        console.error('[sync] push failed', err);
        this.state = this.started ? 'idle' : 'stopped';
        const error = { code: 'internal', message: `The push failed on this kiosk: ${(err as Error).message}`, pesan: 'Pengiriman gagal di kios ini.', status: null, at: this.clock.now() };
        return { ok: false, pushedRows: 0, rowsPending: 0, error };
      })
      .finally(() => {
        this.running = null;
        if (this.again && this.started && !this.retryTimer) {
          this.again = false;
          void this.run();
        }
      });
    this.running = p;
    return p;
  }

  private async pushAll(): Promise<PushOutcome> {
    const e = this.syncStore.enrolment();
    const secrets = this.secrets.read();
    if (!e || !secrets) return { ok: false, pushedRows: 0, rowsPending: this.syncStore.pendingRows(), error: null };
    this.state = 'pushing';
    this.again = false;
    let pushedRows = 0;
    for (;;) {
      const batch = nextBatch(this.changedSince, this.syncStore.ackedSeq(), this.options.rowsPerBatch);
      if (!batch) break;
      const out = await exchange(
        `${e.serverUrl}${SYNC_PATHS.push}`,
        {
          method: 'POST',
          token: secrets.token,
          body: { protocol: PROTOCOL_VERSION, replicaId: this.syncStore.replicaId(), through: batch.through, sentAt: this.clock.now(), rows: batch.rows },
          timeoutMs: this.options.requestTimeoutMs,
        },
        pushResponse,
        () => this.clock.now(),
      );
      if (!out.ok) return this.failed(out, pushedRows);
      this.syncStore.acknowledge(out.body.acknowledgedThrough, this.clock.now());
      pushedRows += batch.rows.length;
      if (out.body.rotateToken) await this.rotate(e.serverUrl, secrets.token, secrets.privateKeyPem);
      if (this.stopRequested) break;
    }
    this.attempt = 0;
    this.nextAttemptAt = null;
    this.state = this.started ? 'idle' : 'stopped';
    return { ok: true, pushedRows, rowsPending: this.syncStore.pendingRows(), error: null };
  }

  /** The server asked for a new token: fetch it and keep it; the old one works until the new one is used. */
  private async rotate(serverUrl: string, token: string, privateKeyPem: string): Promise<void> {
    const out = await exchange(`${serverUrl}${SYNC_PATHS.rotate}`, { method: 'POST', token, body: {}, timeoutMs: this.options.requestTimeoutMs }, rotateResponse, () => this.clock.now());
    if (out.ok) this.secrets.write({ token: out.body.token, privateKeyPem });
  }

  private failed(out: Failure, pushedRows: number): PushOutcome {
    const error: SyncErrorInfo =
      out.kind === 'network'
        ? { code: 'network', message: `The city server could not be reached: ${out.message}`, pesan: 'Server kota tidak dapat dihubungi; data tersimpan dan akan dikirim nanti.', status: null, at: this.clock.now() }
        : { code: out.code, message: out.message, pesan: out.pesan, status: out.status, at: this.clock.now() };
    this.syncStore.recordError(error);
    const outcome = { ok: false, pushedRows, rowsPending: this.syncStore.pendingRows(), error };
    if (out.kind === 'http' && out.code === 'reenrol_required') {
      this.state = 'reenrol_required';
      this.nextAttemptAt = null;
      return outcome;
    }
    const retryable = out.kind === 'network' || out.status === 429 || out.status >= 500;
    if (!retryable) {
      // A refusal repeats until something changes (the clock fixed, the admin acts): the periodic push retries.
      this.state = 'idle';
      this.nextAttemptAt = null;
      return outcome;
    }
    this.scheduleRetry(out.kind === 'http' ? out.retryAfterMs : null);
    if (out.kind === 'network') {
      this.state = 'offline';
      this.scheduleProbe();
    }
    return outcome;
  }

  private scheduleRetry(retryAfterMs: number | null): void {
    this.state = 'waiting_retry';
    if (!this.started) return;
    const delay = retryDelay(this.attempt++, retryAfterMs, this.options.backoff, this.options.random);
    this.nextAttemptAt = this.clock.now() + delay;
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.trigger();
    }, delay);
    this.retryTimer.unref();
  }

  /** While offline, a cheap ping; the first answer ends the backoff wait at once. */
  private scheduleProbe(): void {
    if (!this.started || this.probeTimer) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      void this.probe();
    }, this.options.probeMs);
    this.probeTimer.unref();
  }

  private async probe(): Promise<void> {
    const e = this.syncStore.enrolment();
    if (!e || !this.started || this.state !== 'offline') return;
    const out = await exchange(`${e.serverUrl}${SYNC_PATHS.ping}`, { method: 'GET', timeoutMs: this.options.requestTimeoutMs }, pingResponse, () => this.clock.now());
    if (out.ok) {
      this.clearRetry();
      this.trigger();
    } else {
      this.scheduleProbe();
    }
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
