import type { Store } from '../store/store';

/** A refusal or failure the supervisor sees on the sync status. */
export interface SyncErrorInfo {
  code: string;
  message: string;
  pesan: string;
  status: number | null;
  at: number;
}

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

/** The sync client's persistent state, in the kiosk's meta table, each write in a transaction. */
export class SyncStore {
  private readonly countStmt;

  constructor(private readonly store: Store) {
    this.countStmt = store.db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM daily_counters WHERE change_seq > ?');
  }

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
    return this.countStmt.get(this.ackedSeq())?.n ?? 0;
  }

  lastSuccessAt(): number | null {
    const v = this.store.meta.get(KEY.lastSuccess);
    return v ? Number(v) : null;
  }

  lastError(): SyncErrorInfo | null {
    const v = this.store.meta.get(KEY.lastError);
    return v ? (JSON.parse(v) as SyncErrorInfo) : null;
  }

  recordError(error: SyncErrorInfo): void {
    this.store.transaction(() => this.store.meta.set(KEY.lastError, JSON.stringify(error)));
  }
}
