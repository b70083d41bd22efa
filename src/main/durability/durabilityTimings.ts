import { DEFAULT_START_RETRY_MS } from './startRetry';
import { DEFAULT_PROBE_EVERY_MS } from './storageProbe';

export const DEFAULT_CHECKPOINT_EVERY_MS = 15_000;

/** How often the office checkpoints when idle, probes a full disk, and retries a start that found it full. */
export interface DurabilityTimings {
  checkpointEveryMs: number;
  storageProbeEveryMs: number;
  startRetryMs: number;
}

function millis(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 100 || ms > 3_600_000) throw new Error(`${name} must be milliseconds, 100–3600000, not "${raw}"`);
  return ms;
}

/** LOKET_CHECKPOINT_MS, LOKET_STORAGE_PROBE_MS, LOKET_START_RETRY_MS: the defaults suit every office; tests shorten them. */
export function readDurabilityTimings(env: NodeJS.ProcessEnv): DurabilityTimings {
  return {
    checkpointEveryMs: millis(env, 'LOKET_CHECKPOINT_MS', DEFAULT_CHECKPOINT_EVERY_MS),
    storageProbeEveryMs: millis(env, 'LOKET_STORAGE_PROBE_MS', DEFAULT_PROBE_EVERY_MS),
    startRetryMs: millis(env, 'LOKET_START_RETRY_MS', DEFAULT_START_RETRY_MS),
  };
}
