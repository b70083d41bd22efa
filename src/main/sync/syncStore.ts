import type { SyncErrorView } from '../../shared/api/methods/sync';
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
}

const KEY = {
  replicaId: 'sync.replica_id',
  enrolment: 'sync.enrolment',
  acked: 'sync.acked_seq',
  lastSuccess: 'sync.last_success_at',
  lastError: 'sync.last_error',
} as const;

/** The sync client's persistent state, in the kiosk's meta table and sync_set_aside, each write in a transaction. */
export class SyncStore {
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
  saveEnrolment(e: Enrolment): void {
    this.store.transaction(() => {
      this.store.meta.set(KEY.enrolment, JSON.stringify(e));
      this.store.meta.set(KEY.acked, '0');
      this.store.meta.set(KEY.lastError, '');
    });
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
    return this.store.daily.pendingCount(this.ackedSeq());
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

  setAsideCount(): number {
    return this.store.syncSetAside.count();
  }

  setAsideRows(limit: number): SetAsideRow[] {
    return this.store.syncSetAside.list(limit);
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
