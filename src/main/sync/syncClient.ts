import { closeSync, constants, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SET_ASIDE_LISTED, type SyncStatusView } from '../../shared/api/methods/sync';
import { LoketError } from '../../shared/api/errors';
import { SYNC_LIMITS } from '../../shared/sync/limits';
import { pingResponse, PROTOCOL_VERSION, pushResponse, SYNC_PATHS } from '../../shared/sync/protocol';
import type { Clock } from '../core/clock';
import type { SentUpTo } from '../store/dailyCountersRepo';
import type { Store } from '../store/store';
import { DEFAULT_BACKOFF, retryDelay, type BackoffOptions } from './backoff';
import { allPending, nextBatch, type PendingBatch } from './batching';
import { enrolKiosk } from './enrolment';
import { checkExportFolder } from './exportTarget';
import { actionFor, KIOSK_FAILURE, rowsConcerned } from './failureAdvice';
import { isRowRefusal, refusalStep } from './refusals';
import type { SecretStore } from './secretStore';
import { SyncStore, type SyncErrorInfo } from './syncStore';
import { boundViolation } from '../../shared/sync/metricBounds';
import { rotateKioskToken } from './tokenRotation';
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
  rowsSetAside: number;
  error: SyncErrorInfo | null;
}

type Failure = Exclude<Exchange<unknown>, { ok: true }>;
type HttpFailure = Extract<Failure, { kind: 'http' }>;

/**
 * Pushes the kiosk's daily counters to the city server: debounced after each change, periodically,
 * and on demand; one push at a time; full-jitter backoff honouring Retry-After on failures; probing
 * while offline and retrying the moment the server answers again. Any length of offline time only
 * means more pending rows, sent in order of change, in batches of at most rowsPerBatch rows. Rows the
 * city refuses are set aside with its reason and the rest go on; every failure, on the city, the
 * network or this kiosk, is kept for sync.status with the rows it concerns and what to do.
 */
export class SyncClient {
  private readonly syncStore: SyncStore;
  private readonly options: SyncClientOptions;
  private state: SyncState;
  /**
   * How far this process got inside a change split across batches. Memory only: after a restart the
   * change is sent again from its start, which the city's greater-value rule makes harmless.
   */
  private sent: SentUpTo | null = null;
  /** The configured batch size, or less while a city that names no refused row is narrowed down to it. */
  private batchRows: number;
  /** A failure the store could not save (its disk is full, say): shown until a push succeeds. */
  private unsavedError: SyncErrorInfo | null = null;
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
    store: Store,
    private readonly secrets: SecretStore,
    private readonly clock: Clock,
    options: Partial<SyncClientOptions> = {},
  ) {
    this.syncStore = new SyncStore(store);
    this.options = { ...DEFAULT_SYNC_OPTIONS, ...options };
    this.batchRows = this.options.rowsPerBatch;
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

  /** Called whenever counter rows were added (inside the writer's transaction: it only sets a timer): push once things are quiet. */
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
      setAside: {
        count: this.syncStore.setAsideCount(),
        // Every row set aside came with a 422; its code says whether the clock or the figure is at fault.
        rows: this.syncStore.setAsideRows(SET_ASIDE_LISTED).map((r) => ({ ...r, action: actionFor(r.code, 422) })),
      },
      lastError: this.unsavedError ?? this.syncStore.lastError(),
      nextAttemptAt: this.nextAttemptAt,
    };
  }

  async enrol(input: { serverUrl: string; code: string; label?: string | undefined }): Promise<SyncStatus> {
    await this.running?.catch(() => undefined);
    await enrolKiosk(input, { syncStore: this.syncStore, secrets: this.secrets, now: () => this.clock.now(), timeoutMs: this.options.requestTimeoutMs });
    // A back-off left by the old enrolment must not hold back the first push of the new one.
    this.clearRetry();
    this.attempt = 0;
    this.nextAttemptAt = null;
    this.unsavedError = null;
    this.state = 'idle';
    this.trigger();
    return this.status();
  }

  /** The supervisor's "send again" (sync.resendSetAside): the rows set aside join the end of the queue and a push starts. */
  resendSetAside(actor: string): { rows: number } {
    const rows = this.syncStore.requeueSetAside(actor, this.clock.now());
    if (rows > 0) {
      this.clearRetry();
      this.trigger();
    }
    return { rows };
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
    const { rows, through } = allPending(this.pendingAfter, { changeSeq: this.syncStore.ackedSeq(), within: null }, SYNC_LIMITS.maxRowsPerBatch);
    const file = signUsbFile({ replicaId: this.syncStore.replicaId(), kioskId: e.kioskId, createdAt: this.clock.now(), through, rows }, secrets.privateKeyPem);
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

  private readonly pendingAfter = (sent: SentUpTo, limit: number) => this.syncStore.pendingAfter(sent, limit);

  private trigger(): void {
    if (!this.started || this.retryTimer || this.state === 'reenrol_required' || this.state === 'not_enrolled') return;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  /** pushAll never rejects: every failure, local ones included, ends as an outcome and on sync.status. */
  private run(): Promise<PushOutcome> {
    const p = this.pushAll().finally(() => {
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
    let pushedRows = 0;
    let sending: PendingBatch | null = null;
    try {
      const e = this.syncStore.enrolment();
      const secrets = this.secrets.read();
      if (!e || !secrets) return this.outcome(false, 0, null);
      this.state = 'pushing';
      this.again = false;
      for (;;) {
        sending = nextBatch(this.pendingAfter, this.resumeFrom(), this.batchRows);
        if (!sending) break;
        // A value no office's day can hold would only be refused: kept aside here, never sent.
        if (this.setAsideOverBound(sending)) continue;
        const out = await exchange(
          `${e.serverUrl}${SYNC_PATHS.push}`,
          {
            method: 'POST',
            token: secrets.token,
            body: { protocol: PROTOCOL_VERSION, replicaId: this.syncStore.replicaId(), through: sending.through, sentAt: this.clock.now(), rows: sending.rows },
            timeoutMs: this.options.requestTimeoutMs,
          },
          pushResponse,
          () => this.clock.now(),
        );
        if (!out.ok && out.kind === 'http' && isRowRefusal(out.code)) {
          this.setAsideRefused(sending, out);
        } else if (!out.ok) {
          return this.failed(out, pushedRows, sending);
        } else {
          this.syncStore.acknowledge(out.body.acknowledgedThrough, this.clock.now());
          this.unsavedError = null;
          this.sent = sending.next;
          this.batchRows = Math.min(this.options.rowsPerBatch, this.batchRows * 2);
          pushedRows += sending.rows.length;
          sending = null;
          if (out.body.rotateToken) await this.rotate(e.serverUrl);
        }
        if (this.stopRequested) break;
      }
      this.attempt = 0;
      this.nextAttemptAt = null;
      this.state = this.started ? 'idle' : 'stopped';
      return this.outcome(true, pushedRows, null);
    } catch (err) {
      return this.localFailure(err, pushedRows, sending);
    }
  }

  private outcome(ok: boolean, pushedRows: number, error: SyncErrorInfo | null): PushOutcome {
    return { ok, pushedRows, rowsPending: this.syncStore.pendingRows(), rowsSetAside: this.syncStore.setAsideCount(), error };
  }

  /** Where the next batch starts: inside a change this process began sending, or after the acknowledged change. */
  private resumeFrom(): SentUpTo {
    const acked = this.syncStore.ackedSeq();
    const sent = this.sent;
    // Only while it continues from the acknowledgement (a new enrolment starts again from 0).
    if (sent && (sent.within ? sent.changeSeq - 1 : sent.changeSeq) === acked) return sent;
    return { changeSeq: acked, within: null };
  }

  /** The city refused rows of the batch: set them aside (or narrow the batch down to them) and go on at once. */
  /** Sets aside the batch's rows above their daily bound (metricBounds.ts, the city's own rule); true when there were any. */
  private setAsideOverBound(batch: PendingBatch): boolean {
    const at = this.clock.now();
    const over = batch.rows.flatMap((r) => {
      const why = boundViolation(r);
      return why ? [{ ...r, code: 'invalid_rows', reason: `${why}; found on this kiosk, not sent`, at }] : [];
    });
    if (over.length === 0) return false;
    console.warn(`[sync] ${over.length} row(s) above their daily bound kept aside, not sent: ${over.map((r) => `${r.date} ${r.metric}`).join(', ')}`);
    this.syncStore.setAside(over);
    return true;
  }

  private setAsideRefused(batch: PendingBatch, out: HttpFailure): void {
    const step = refusalStep(batch.rows, out, this.clock.now());
    if ('retryWithRows' in step) {
      this.batchRows = step.retryWithRows;
      return;
    }
    console.warn(`[sync] the city refused ${step.setAside.length} row(s) (${out.code}); kept aside, the others go on: ${step.setAside.map((r) => `${r.date} ${r.metric}`).join(', ')}`);
    this.syncStore.setAside(step.setAside);
    this.unsavedError = null;
  }

  /**
   * A failure on this kiosk itself (its store, its secret file, a bug): shown like any other, with what
   * to do, and retried with back-off in case it passes (a busy or full disk).
   */
  private localFailure(err: unknown, pushedRows: number, sending: PendingBatch | null): PushOutcome {
    console.error('[sync] the push failed on this kiosk', err);
    const detail = err instanceof Error ? err.message : String(err);
    const error: SyncErrorInfo = {
      code: KIOSK_FAILURE,
      message: `The push failed on this kiosk, not on the city server: ${detail}`,
      pesan: `Pengiriman gagal di kios ini, bukan di server kota: ${detail}`,
      status: null,
      at: this.clock.now(),
      where: 'kiosk',
      rows: rowsConcerned(sending?.rows),
      action: actionFor(KIOSK_FAILURE, null),
    };
    this.keepError(error);
    this.scheduleRetry(null);
    try {
      return this.outcome(false, pushedRows, error);
    } catch {
      // The store itself is what failed: its counts cannot be read, the error says why.
      return { ok: false, pushedRows, rowsPending: 0, rowsSetAside: 0, error };
    }
  }

  /** Saved, so it outlives a restart; kept in memory when the store refuses the write too. */
  private keepError(error: SyncErrorInfo): void {
    try {
      this.syncStore.recordError(error);
      this.unsavedError = null;
    } catch (err) {
      console.error('[sync] the failure could not be saved', err);
      this.unsavedError = error;
    }
  }

  /** The city asked for a new token (tokenRotation.ts); a failed rotation is retried at the next push, which asks again. */
  private async rotate(serverUrl: string): Promise<void> {
    const failed = await rotateKioskToken(serverUrl, {
      secrets: this.secrets,
      replicaId: this.syncStore.replicaId(),
      timeoutMs: this.options.requestTimeoutMs,
      now: () => this.clock.now(),
    });
    if (failed) console.warn(`[sync] the token rotation failed and is retried at the next push: ${failed.message}`);
  }

  private failed(out: Failure, pushedRows: number, sending: PendingBatch): PushOutcome {
    const at = this.clock.now();
    const rows = rowsConcerned(sending.rows);
    const error: SyncErrorInfo =
      out.kind === 'network'
        ? {
            code: 'network',
            message: `The city server could not be reached: ${out.message}`,
            pesan: 'Server kota tidak dapat dihubungi; data tersimpan dan akan dikirim nanti.',
            status: null,
            at,
            where: 'network',
            rows,
            action: 'wait',
          }
        : { code: out.code, message: out.message, pesan: out.pesan, status: out.status, at, where: 'city', rows, action: actionFor(out.code, out.status) };
    this.keepError(error);
    const outcome = this.outcome(false, pushedRows, error);
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
