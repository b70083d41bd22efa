import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { freeBytes, type StorageHealth } from './storageHealth';

/** Issuing resumes only with this much free (twice the "full" mark), so it does not flap at the edge. */
export const RESUME_FREE_BYTES = 2 * 1024 * 1024;
const TEST_WRITE_BYTES = 256 * 1024;
export const DEFAULT_PROBE_EVERY_MS = 5_000;

/** What the probe needs of the store: its health, and a checkpoint that throws when it cannot write. */
export interface ProbedStore {
  readonly health: StorageHealth;
  checkpoint(): void;
}

/** A real write in the data folder, flushed to the disk and removed: statfs alone can be optimistic. */
function testWrite(dataDir: string): void {
  const path = join(dataDir, 'storage-probe.tmp');
  try {
    const fd = openSync(path, 'w');
    try {
      writeSync(fd, Buffer.alloc(TEST_WRITE_BYTES));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(path, { force: true });
  }
}

/**
 * While the disk is full: is there room again? Enough free space, a test write, and the WAL checkpointed
 * into the database file (the write a full disk refused first). On success the office issues again.
 */
export function probeStorage(store: ProbedStore): boolean {
  const { health } = store;
  if (!health.full) return true;
  const free = freeBytes(health.dataDir);
  if (free !== null && free < RESUME_FREE_BYTES) return false;
  try {
    testWrite(health.dataDir);
    store.checkpoint();
  } catch (err) {
    if (!health.report(err, 'probe')) console.error('[storage] the storage probe failed', err);
    return false;
  }
  health.recovered();
  return true;
}

/** Probes every few seconds while the disk is full (a no-op otherwise); returns the stop function. */
export function startStorageProbe(store: ProbedStore, everyMs = DEFAULT_PROBE_EVERY_MS): () => void {
  const timer = setInterval(() => probeStorage(store), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
