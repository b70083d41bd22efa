import { closeSync, constants, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATE_UNCONFIRMED, HELD_DATES_LISTED, SET_ASIDE_LISTED, type SyncStatusView } from '../../shared/api/methods/sync';
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
import { CLOCK_WARN_MS, unconfirmedDate, type DateFacts } from '../../shared/sync/clock';
import { serviceDateOf } from '../../shared/time/localTime';
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
  /** The office's id and how it counts its days (configuration): for enrolment and the dates of rows. */
  office: () => OfficeDay;
  /** The service day in use and the one the kiosk's clock says now (the core's), for the clock notice. */
  serviceDay: () => { current: string; byClock: string } | null;
  /**
   * The office's other business with the city, after each push that got through (bookings: the standards
   * and the day lists). It reports its own failures and never throws; the next push tries again.
   */
  alsoEachCycle: (city: CityConnection) => Promise<void>;
}

/** What a call to the city needs besides its path: the enrolled server, this kiosk's token, the timeout. */
export interface CityConnection {
  serverUrl: string;
  token: string;
  timeoutMs: number;
}

export interface OfficeDay {
  officeId: string | null;
  timeZone: string;
  dayStartsAt: string;
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
  office: () => ({ officeId: null, timeZone: 'Asia/Makassar', dayStartsAt: '00:00' }),
  serviceDay: () => null,
  alsoEachCycle: async () => undefined,
};

export type SyncStatus = SyncStatusView;

/** An offset older than this is checked with a ping before dates are judged. */
const CLOCK_FRESH_MS = 10 * 60_000;
/** The wall clock moved this much more or less than time passed: it was set. */
const CLOCK_JUMP_MS = 60_000;

/** The city's answer shows a clock other than the one the request assumed (by more than the warning's margin). */
function offsetMoved(before: number | null, after: number | null): boolean {
  return after !== null && (before === null || Math.abs(after - before) > CLOCK_WARN_MS);
}
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
  /** When this process last heard the city's time, by the wall clock and by a clock nobody can set. */
  private clockNotedAt: { wall: number; monotonic: number } | null = null;
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
      pendingDays: this.syncStore.pendingDays(),
      setAside: {
        count: this.syncStore.setAsideCount(),
        // Every row set aside came with a 422; its code says whether the clock or the figure is at fault.
        rows: this.syncStore.setAsideRows(SET_ASIDE_LISTED).map((r) => ({ ...r, action: actionFor(r.code, 422) })),
      },
      held: {
        rows: this.syncStore.heldCount(),
        dates: this.syncStore.heldDates(HELD_DATES_LISTED).map((d) => ({ ...d, beforeEnrolment: this.isBeforeEnrolment(d.date) })),
      },
      clock: this.clockView(),
      lastError: this.unsavedError ?? this.syncStore.lastError(),
      nextAttemptAt: this.nextAttemptAt,
    };
  }

  private clockView(): SyncStatus['clock'] {
    const reading = this.syncStore.clock();
    const day = this.options.serviceDay();
    return {
      offsetMs: reading?.offsetMs ?? null,
      checkedAt: reading?.checkedAt ?? null,
      off: reading !== null && Math.abs(reading.offsetMs) > CLOCK_WARN_MS,
      cityToday: this.cityToday(),
      enrolledOn: this.syncStore.enrolledOn(),
      serviceDate: day?.current ?? null,
      clockServiceDate: day?.byClock ?? null,
    };
  }

  /** The city's service date now, by this kiosk's clock corrected with the last offset measured; null before any. */
  private cityToday(): string | null {
    const reading = this.syncStore.clock();
    if (!reading) return null;
    const office = this.options.office();
    return serviceDateOf(this.clock.now() + reading.offsetMs, office.timeZone, office.dayStartsAt);
  }

  private isBeforeEnrolment(date: string): boolean {
    const on = this.syncStore.enrolledOn();
    return on !== null && date < on;
  }

  /**
   * The supervisor's word on dates held back (sync.confirmDates): send their rows as they are (only days
   * before the enrolment: a day after the city's today would be refused), or drop them, audited.
   */
  confirmDates(input: { dates: readonly string[]; action: 'send' | 'drop' }, actor: string): { rows: number } {
    const today = this.cityToday();
    if (input.action === 'send' && today !== null) {
      const future = input.dates.filter((d) => d > today);
      if (future.length > 0) {
        throw new LoketError(
          'bad_request',
          `${future.join(', ')} ${future.length === 1 ? 'is' : 'are'} after the city's today (${today}); the city would refuse ${future.length === 1 ? 'it' : 'them'}. Move the day to its right date, or drop it.`,
        );
      }
    }
    const rows = this.syncStore.settleDates(input.dates, input.action, actor, this.clock.now());
    if (rows > 0 && input.action === 'send') {
      this.clearRetry();
      this.trigger();
    }
    return { rows };
  }

  /** The change the city acknowledged last (a moved day must not contain rows the city already has). */
  ackedSeq(): number {
    return this.syncStore.ackedSeq();
  }

  /** After a service day was moved to its right date: its rows are pending under that date; push them. */
  pushSoon(): void {
    this.clearRetry();
    this.trigger();
  }

  /** Keeps the city's time from an answer that carried it. */
  private noteClock(out: { clockOffsetMs?: number | null }): void {
    if (out.clockOffsetMs === undefined || out.clockOffsetMs === null) return;
    this.syncStore.recordClock(out.clockOffsetMs, this.clock.now());
    this.clockNotedAt = { wall: this.clock.now(), monotonic: performance.now() };
  }

  /**
   * The offset kept may be stale: none measured by this process yet, the last one is old, or the wall
   * clock moved otherwise than time passed (someone set it, or the RTC was reset at a restart).
   */
  private clockMayHaveMoved(): boolean {
    const last = this.clockNotedAt;
    if (!last) return true;
    const passed = performance.now() - last.monotonic;
    return passed > CLOCK_FRESH_MS || Math.abs(this.clock.now() - last.wall - passed) > CLOCK_JUMP_MS;
  }

  /** A ping for the city's time before dates are judged; without an answer the last offset stands. */
  private async checkClock(serverUrl: string): Promise<void> {
    const out = await exchange(`${serverUrl}${SYNC_PATHS.ping}`, { method: 'GET', timeoutMs: this.options.requestTimeoutMs }, pingResponse, () => this.clock.now());
    if (out.ok || out.kind === 'http') this.noteClock(out);
  }

  /**
   * Days held for their date that now pass go out by themselves: a future day whose date has come, or a
   * day held on an offset the next answer corrected. Days before the enrolment still need the supervisor.
   */
  private releaseSettledDates(): void {
    const facts = this.dateFacts();
    const settled = this.syncStore
      .heldDates('all')
      .filter((d) => d.code === DATE_UNCONFIRMED && unconfirmedDate(d.date, facts) === null)
      .map((d) => d.date);
    if (settled.length > 0) this.syncStore.releaseDates(settled);
  }

  async enrol(input: { serverUrl: string; code: string; label?: string | undefined }): Promise<SyncStatus> {
    await this.running?.catch(() => undefined);
    const office = this.options.office();
    const { clockOffsetMs } = await enrolKiosk(
      { ...input, officeId: office.officeId },
      {
        syncStore: this.syncStore,
        secrets: this.secrets,
        now: () => this.clock.now(),
        timeoutMs: this.options.requestTimeoutMs,
        cityDate: (offsetMs) => serviceDateOf(this.clock.now() + offsetMs, office.timeZone, office.dayStartsAt),
      },
    );
    this.noteClock({ clockOffsetMs });
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
    const pending = allPending(this.pendingAfter, { changeSeq: this.syncStore.ackedSeq(), within: null }, SYNC_LIMITS.maxRowsPerBatch);
    // The file carries what a push would send: rows waiting for the supervisor's word on their date stay.
    const facts = this.dateFacts();
    const rows = pending.rows.filter((r) => unconfirmedDate(r.date, facts) === null);
    const through = pending.through;
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
      if (this.clockMayHaveMoved()) await this.checkClock(e.serverUrl);
      this.releaseSettledDates();
      for (;;) {
        sending = nextBatch(this.pendingAfter, this.resumeFrom(), this.batchRows);
        if (!sending) break;
        // A value no office's day can hold would only be refused: kept aside here, never sent.
        if (this.setAsideOverBound(sending)) continue;
        // A date the clock may have made up waits for the supervisor's word.
        if (this.holdUnconfirmedDates(sending)) continue;
        const offsetBefore = this.syncStore.clock()?.offsetMs ?? null;
        const out = await exchange(
          `${e.serverUrl}${SYNC_PATHS.push}`,
          {
            method: 'POST',
            token: secrets.token,
            // The city's time as this kiosk knows it: a clock known to be off does not block the push.
            body: { protocol: PROTOCOL_VERSION, replicaId: this.syncStore.replicaId(), through: sending.through, sentAt: this.clock.now() + (offsetBefore ?? 0), rows: sending.rows },
            timeoutMs: this.options.requestTimeoutMs,
          },
          pushResponse,
          () => this.clock.now(),
        );
        if (out.ok || out.kind === 'http') this.noteClock(out);
        // Refused for a clock ahead that this kiosk did not know of: it knows now, so the next try passes.
        if (!out.ok && out.kind === 'http' && out.code === 'clock_ahead' && offsetMoved(offsetBefore, out.clockOffsetMs)) continue;
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
      // Read again: a rotation above may have changed the token.
      const token = this.secrets.read()?.token;
      if (!this.stopRequested && token) await this.options.alsoEachCycle({ serverUrl: e.serverUrl, token, timeoutMs: this.options.requestTimeoutMs });
      this.attempt = 0;
      this.nextAttemptAt = null;
      this.state = this.started ? 'idle' : 'stopped';
      return this.outcome(true, pushedRows, null);
    } catch (err) {
      return this.localFailure(err, pushedRows, sending);
    }
  }

  private outcome(ok: boolean, pushedRows: number, error: SyncErrorInfo | null): PushOutcome {
    return { ok, pushedRows, rowsPending: this.syncStore.pendingRows(), rowsSetAside: this.syncStore.setAsideCount() + this.syncStore.heldCount(), error };
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

  private dateFacts(): DateFacts {
    const confirmed = this.syncStore.confirmedDates();
    return { cityToday: this.cityToday(), enrolledOn: this.syncStore.enrolledOn(), confirmed: (d: string) => confirmed.has(d) };
  }

  /** Sets aside the rows whose date needs the supervisor's word (shared/sync/clock.ts); true when there were any. */
  private holdUnconfirmedDates(batch: PendingBatch): boolean {
    const facts = this.dateFacts();
    const at = this.clock.now();
    const held = batch.rows.flatMap((r) => {
      const why = unconfirmedDate(r.date, facts);
      return why ? [{ ...r, code: DATE_UNCONFIRMED, reason: why, at }] : [];
    });
    if (held.length === 0) return false;
    console.warn(`[sync] ${held.length} row(s) held until the supervisor confirms their date: ${[...new Set(held.map((r) => r.date))].join(', ')}`);
    this.syncStore.setAside(held);
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
      this.noteClock(out);
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
