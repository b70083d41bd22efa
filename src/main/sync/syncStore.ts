import { DATE_CODES, type SyncErrorView } from '../../shared/api/methods/sync';
import type { SentUpTo } from '../store/dailyCountersRepo';
import type { Store } from '../store/store';
import type { SetAsideRow } from '../store/syncSetAsideRepo';
import { actionFor, whereOf } from './failureAdvice';

/** A failure the supervisor sees on the sync status, with the rows it concerns and what to do. */
export type SyncErrorInfo = SyncErrorView;

export interface Enrolment {
  serverUrl: string;
  kioskId: string;
  officeId: string;
  officeName: string;
  /** The city's booking public key (SPKI DER, base64), to check bookings offline; absent from older servers. */
  bookingKey?: string;
}

const KEY = {
  replicaId: 'sync.replica_id',
  enrolment: 'sync.enrolment',
  acked: 'sync.acked_seq',
  lastSuccess: 'sync.last_success_at',
  lastError: 'sync.last_error',
  clock: 'sync.clock',
  enrolledOn: 'sync.enrolled_on',
  confirmedDates: 'sync.confirmed_dates',
} as const;

/** The last difference measured between the city's clock and this kiosk's. */
export interface ClockReading {
  offsetMs: number;
  checkedAt: number;
}

/** The sync client's persistent state, in the kiosk's meta table and sync_set_aside, each write in a transaction. */
export class SyncStore {
  private pendingMemo: { key: string; rows: number; days: { count: number; oldest: string | null } } | null = null;

  constructor(private readonly store: Store) {}

  /** This installation's replica id, created once: a reinstalled kiosk gets a new one. */
  replicaId(): string {
    const existing = this.store.meta.get(KEY.replicaId);
    if (existing) return existing;
    const id = crypto.randomUUID();
    this.store.transaction(() => this.store.meta.set(KEY.replicaId, id));
    return id;
  }

  enrolment(): Enrolment | null {
    const raw = this.store.meta.get(KEY.enrolment);
    return raw ? (JSON.parse(raw) as Enrolment) : null;
  }

  /** A new enrolment starts from the first row: pushing everything again is harmless (greater value wins). */
  saveEnrolment(e: Enrolment, cityDate: string | null): void {
    this.store.transaction(() => {
      this.store.meta.set(KEY.enrolment, JSON.stringify(e));
      if (cityDate !== null && this.enrolledOn() === null) this.store.meta.set(KEY.enrolledOn, cityDate);
      this.store.meta.set(KEY.acked, '0');
      this.store.meta.set(KEY.lastError, '');
    });
  }

  /** The city's booking key as its latest answer gave it: a kiosk enrolled before bookings existed gets it at its next pull. */
  keepBookingKey(key: string): void {
    const e = this.enrolment();
    if (!e || e.bookingKey === key) return;
    this.store.transaction(() => this.store.meta.set(KEY.enrolment, JSON.stringify({ ...e, bookingKey: key } satisfies Enrolment)));
  }

  /** Saved only when it moved by a second or more: every answer carries one, and most change nothing. */
  recordClock(offsetMs: number, at: number): void {
    const last = this.clock();
    if (last && Math.abs(last.offsetMs - offsetMs) < 1000 && at - last.checkedAt < 60 * 60_000) return;
    this.store.transaction(() => this.store.meta.set(KEY.clock, JSON.stringify({ offsetMs, checkedAt: at } satisfies ClockReading)));
  }

  clock(): ClockReading | null {
    const raw = this.store.meta.get(KEY.clock);
    return raw ? (JSON.parse(raw) as ClockReading) : null;
  }

  /** The city's date at the first enrolment; a later enrolment of the same installation keeps it. */
  enrolledOn(): string | null {
    return this.store.meta.get(KEY.enrolledOn) ?? null;
  }

  /** Dates the supervisor confirmed as right although they came before the enrolment. */
  confirmedDates(): ReadonlySet<string> {
    const raw = this.store.meta.get(KEY.confirmedDates);
    return new Set(raw ? (JSON.parse(raw) as string[]) : []);
  }

  /**
   * The supervisor's word on held dates, in one audited transaction: "send" requeues their rows (as the
   * newest change) and remembers the dates as right; "drop" removes them from the queue for good.
   */
  settleDates(dates: readonly string[], action: 'send' | 'drop', actor: string, at: number): number {
    return this.store.transaction(() => {
      if (action === 'send') {
        const confirmed = new Set([...this.confirmedDates(), ...dates]);
        this.store.meta.set(KEY.confirmedDates, JSON.stringify([...confirmed].sort()));
      }
      const rows =
        action === 'send' ? this.store.syncSetAside.requeueDates(dates, this.store.daily.nextSeq()) : this.store.syncSetAside.removeDates(dates);
      this.store.audit.append(at, actor, action === 'send' ? 'sync.dates_confirmed' : 'sync.dates_dropped', { dates, rows });
      return rows;
    });
  }

  /** Held dates that now pass the date check go back to the queue, without the supervisor (nothing to audit). */
  releaseDates(dates: readonly string[]): number {
    return this.store.transaction(() => this.store.syncSetAside.requeueDates(dates, this.store.daily.nextSeq()));
  }

  ackedSeq(): number {
    return Number(this.store.meta.get(KEY.acked) ?? '0');
  }

  /** Only ever moves forward: a late reply to an older batch must not make rows pending again. */
  acknowledge(through: number, at: number): void {
    this.store.transaction(() => {
      if (through > this.ackedSeq()) this.store.meta.set(KEY.acked, String(through));
      this.store.meta.set(KEY.lastSuccess, String(at));
      this.store.meta.set(KEY.lastError, '');
    });
  }

  pendingRows(): number {
    return this.pending().rows;
  }

  pendingDays(): { count: number; oldest: string | null } {
    return this.pending().days;
  }

  /**
   * The rows and days not yet acknowledged. Counting them reads every such row (a year of them on an office
   * never enrolled), while the supervisor's monitor asks every few seconds: they are counted again only when
   * the acknowledged point, the newest change or the rows set aside moved (each found through an index).
   */
  private pending(): { rows: number; days: { count: number; oldest: string | null } } {
    const acked = this.ackedSeq();
    const key = `${acked}|${this.store.daily.nextSeq()}|${this.store.syncSetAside.count([], 'not in')}`;
    if (this.pendingMemo?.key !== key) {
      this.pendingMemo = { key, rows: this.store.daily.pendingCount(acked), days: this.store.daily.pendingDays(acked) };
    }
    return this.pendingMemo;
  }

  pendingAfter(sent: SentUpTo, limit: number) {
    return this.store.daily.pendingAfter(sent, limit);
  }

  lastSuccessAt(): number | null {
    const v = this.store.meta.get(KEY.lastSuccess);
    return v ? Number(v) : null;
  }

  lastError(): SyncErrorInfo | null {
    const v = this.store.meta.get(KEY.lastError);
    if (!v) return null;
    // Kept by an earlier version without where, rows and action: derive them.
    const stored = JSON.parse(v) as Omit<SyncErrorInfo, 'where' | 'rows' | 'action'> & Partial<SyncErrorInfo>;
    return { where: whereOf(stored.code, stored.status), rows: null, action: actionFor(stored.code, stored.status), ...stored };
  }

  recordError(error: SyncErrorInfo): void {
    this.store.transaction(() => this.store.meta.set(KEY.lastError, JSON.stringify(error)));
  }

  /**
   * Rows the city refused: kept aside (not pending) until the supervisor sends them again. The city
   * answered, so an earlier failure (the network, say) no longer stands.
   */
  setAside(rows: readonly SetAsideRow[]): void {
    this.store.transaction(() => {
      this.store.syncSetAside.put(rows);
      this.store.meta.set(KEY.lastError, '');
    });
  }

  /** Rows the city refused for their figures (not the rows held for their date). */
  setAsideCount(): number {
    return this.store.syncSetAside.count(DATE_CODES, 'not in');
  }

  /** Rows held for the supervisor's word on their date. */
  heldCount(): number {
    return this.store.syncSetAside.count(DATE_CODES, 'in');
  }

  /** Dates held for the supervisor's word on the date, with their row counts. */
  heldDates(limit: number | 'all'): { date: string; code: (typeof DATE_CODES)[number]; rows: number; reason: string }[] {
    return this.store.syncSetAside.dates(DATE_CODES, limit).map((d) => ({ ...d, code: d.code as (typeof DATE_CODES)[number] }));
  }

  setAsideRows(limit: number): SetAsideRow[] {
    return this.store.syncSetAside.list(DATE_CODES, limit);
  }

  /** The supervisor's "send again": every row set aside is pending again, as the newest change; audited. */
  requeueSetAside(actor: string, at: number): number {
    return this.store.transaction(() => {
      const rows = this.store.syncSetAside.requeueAll(this.store.daily.nextSeq());
      if (rows > 0) this.store.audit.append(at, actor, 'sync.set_aside_resent', { rows });
      return rows;
    });
  }
}
