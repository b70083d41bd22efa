import type { Backups } from './backups';

const CHECK_EVERY_MS = 60 * 60_000;

/**
 * Takes the day's backup at start when it is missing, then checks every hour (a kiosk left on overnight
 * gets the next day's shortly after midnight). A failed backup is logged and tried again next hour.
 */
export function startDailyBackups(backups: Backups, everyMs = CHECK_EVERY_MS): () => void {
  let running = false;
  const run = (): void => {
    if (running) return;
    running = true;
    backups
      .takeIfDue()
      .then((taken) => {
        if (taken) console.log(`[backup] ${taken.fileName} written to ${backups.folder} (${taken.sizeBytes} bytes)`);
      })
      .catch((err: unknown) => console.error(`[backup] the daily backup failed; retrying in an hour: ${(err as Error).message}`))
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
