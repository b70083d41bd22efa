import { setTimeout as sleep } from 'node:timers/promises';
import { freeBytes, isStorageFull } from './storageHealth';

export const DEFAULT_START_RETRY_MS = 30_000;

/** What the office IT officer reads while a start waits for space (also on the kiosk's screen). */
export function storageFullAtStartMessage(dataDir: string, free: number | null, retryMs: number): string {
  const room = free === null ? 'free space unknown' : `${(free / 1024 / 1024).toFixed(1)} MiB free`;
  return `Penyimpanan penuh / The disk holding ${dataDir} is full (${room}); Loket will try again in ${Math.round(retryMs / 1000)} s.`;
}

export interface StartRetry<T> {
  dataDir: string;
  start: () => Promise<T>;
  retryMs?: number;
  /** Told once per failed attempt. */
  onWaiting?: (message: string) => void;
  free?: (dataDir: string) => number | null;
  wait?: (ms: number) => Promise<unknown>;
}

/**
 * Starts the office, and while the start fails for lack of space (opening or migrating the database,
 * creating the WAL, the data folder itself) says so and tries again, rather than exiting into a
 * crash loop. Any other failure is thrown at once, as before.
 */
export async function startWhenStorageAllows<T>(options: StartRetry<T>): Promise<T> {
  const { dataDir, retryMs = DEFAULT_START_RETRY_MS, free = freeBytes, wait = sleep } = options;
  const onWaiting = options.onWaiting ?? ((message: string) => console.error(message));
  for (;;) {
    try {
      return await options.start();
    } catch (err) {
      if (!isStorageFull(err, () => free(dataDir))) throw err;
      onWaiting(storageFullAtStartMessage(dataDir, free(dataDir), retryMs));
      await wait(retryMs);
    }
  }
}
