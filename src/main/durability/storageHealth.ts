import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StorageStatusView } from '../../shared/api/schemas';

/**
 * Whether the disk holding the data folder has room for the office's writes. Any write that fails for
 * lack of space (a ticket, the idle checkpoint, a log line, a backup) turns it 'full': the office then
 * refuses new numbers (storage_full) but keeps serving reads, calls and the TV, and the storage probe
 * turns it back to 'ok' once space is freed. Nothing here throws: a full disk never stops the office.
 */

/** Below this much free space, an ambiguous I/O failure is taken for a full disk. */
export const LOW_SPACE_BYTES = 1024 * 1024;

/** Free bytes for this process on the disk holding `path` (its nearest existing folder); null when unknown. */
export function freeBytes(path: string): number | null {
  for (let dir = path; ; dir = dirname(dir)) {
    try {
      const s = statfsSync(dir);
      return s.bavail * s.bsize;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) return null;
    }
  }
}

function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}

/**
 * Whether a failure means the disk is full. SQLITE_FULL, ENOSPC and EDQUOT say so plainly (SQLite turns
 * ENOSPC into SQLITE_FULL); an I/O error, a file that cannot be created, or a save the API already
 * reported as storage_failed counts when the disk is in fact (nearly) full.
 */
export function isStorageFull(err: unknown, free: () => number | null): boolean {
  const codes = codesOf(err);
  if (codes.some((c) => c === 'SQLITE_FULL' || c === 'ENOSPC' || c === 'EDQUOT')) return true;
  if (!codes.some((c) => c.startsWith('SQLITE_IOERR') || c === 'SQLITE_CANTOPEN' || c === 'storage_failed')) return false;
  const bytes = free();
  return bytes !== null && bytes < LOW_SPACE_BYTES;
}

/** The error's own code, for the operator's detail ("checkpoint: SQLITE_FULL"). */
function describe(err: unknown): string {
  return codesOf(err)[0] ?? (err instanceof Error ? err.message : String(err));
}

export type StorageListener = (status: StorageStatusView) => void;

export class StorageHealth {
  private fullSince: number | null = null;
  private detail: string | null = null;
  private readonly listeners = new Set<StorageListener>();

  constructor(readonly dataDir: string) {}

  get full(): boolean {
    return this.fullSince !== null;
  }

  status(): StorageStatusView {
    return { state: this.full ? 'full' : 'ok', since: this.fullSince, freeBytes: freeBytes(this.dataDir), detail: this.detail };
  }

  /**
   * Records a failure: true (and the state 'full') when it was the disk being full, false for any other
   * failure, which the caller handles as before. Cheap for the everyday refusals (wrong state, closed).
   */
  report(err: unknown, during: string): boolean {
    if (!isStorageFull(err, () => freeBytes(this.dataDir))) return false;
    if (this.fullSince === null) {
      this.fullSince = Date.now();
      this.detail = `${during}: ${describe(err)}`;
      console.error(`[storage] the disk holding ${this.dataDir} is full (${this.detail}); no new numbers until space is freed`);
      this.emit();
    }
    return true;
  }

  /**
   * A failure whose own writes were given back (a backup's partial copy is deleted): it counts only when
   * the disk is still nearly full, so a big backup that did not fit does not stop the queue.
   */
  reportUnlessRoomLeft(err: unknown, during: string): boolean {
    const bytes = freeBytes(this.dataDir);
    return bytes !== null && bytes >= LOW_SPACE_BYTES ? false : this.report(err, during);
  }

  /** Runs fn; a full-disk failure is recorded and swallowed (a timer must not kill the office), others rethrown. */
  guard(during: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      if (!this.report(err, during)) throw err;
    }
  }

  /** The probe found room again. */
  recovered(): void {
    if (this.fullSince === null) return;
    this.fullSince = null;
    this.detail = null;
    console.log(`[storage] the disk holding ${this.dataDir} has room again; issuing resumes`);
    this.emit();
  }

  subscribe(listener: StorageListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const status = this.status();
    for (const l of this.listeners) {
      try {
        l(status);
      } catch (err) {
        console.error('[storage] a listener failed', err);
      }
    }
  }
}
