import { mkdirSync, rmSync, statSync } from 'node:fs';
import { vi } from 'vitest';

const LOCK = 'node_modules/.cache/loket-build.lock';
const STALE_LOCK_MS = 5 * 60_000;

/**
 * Builds with electron-vite when out/ is missing or older than src/ (CI has built already). Test files
 * run in parallel, so a lock folder keeps two of them from building into out/ at the same time.
 */
export async function ensureBuilt(): Promise<void> {
  mkdirSync('node_modules/.cache', { recursive: true });
  // Taken when mkdir succeeds: polled until the other file's build lets go (or its lock goes stale).
  await vi.waitFor(
    () => {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      mkdirSync(LOCK);
    },
    { timeout: STALE_LOCK_MS + 60_000, interval: 200 },
  );
  try {
    const { buildIfNeeded } = (await import('../../../scripts/build-if-needed.mjs' as string)) as { buildIfNeeded(): void };
    buildIfNeeded();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
