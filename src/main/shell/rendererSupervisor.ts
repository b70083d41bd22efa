import { app, type BrowserWindow } from 'electron';
import { DEFAULT_RECOVERY, planRecovery, type RecoveryPolicy } from './rendererRecovery';

/** Exit code that asks the OS supervisor (systemd, Shell Launcher, the watchdog script) for a fresh start. */
export const RELAUNCH_EXIT_CODE = 75;

/** Chromium's net::ERR_ABORTED. */
const ERR_ABORTED = -3;

/**
 * Reloads a window whose page crashed or hung, with backoff; when it keeps failing, relaunches the app:
 * by exiting for the OS supervisor when there is one (LOKET_SUPERVISED=1), otherwise by itself.
 */
export function superviseRenderer(win: BrowserWindow, policy: RecoveryPolicy = DEFAULT_RECOVERY): void {
  let failures: number[] = [];
  let hangTimer: NodeJS.Timeout | undefined;
  const contents = win.webContents;

  const recover = (why: string, retry: () => void = () => contents.reload()): void => {
    const next = planRecovery(failures, Date.now(), policy);
    failures = next.failures;
    if (next.plan.action === 'relaunch') {
      console.error(`[shell] the ${contents.getURL()} page failed ${failures.length} times (${why}); relaunching Loket`);
      if (process.env.LOKET_SUPERVISED === '1') {
        app.exit(RELAUNCH_EXIT_CODE);
      } else {
        app.relaunch();
        app.exit(0);
      }
      return;
    }
    console.error(`[shell] the ${contents.getURL()} page failed (${why}); reloading in ${next.plan.delayMs} ms`);
    setTimeout(() => {
      if (!win.isDestroyed()) retry();
    }, next.plan.delayMs);
  };

  // The page itself did not load (loadURL rejected): the same backoff, then a relaunch. ERR_ABORTED (-3)
  // is a navigation replaced by another (or refused by the hardening), not a failure.
  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    recover(`load of ${validatedURL} failed: ${errorDescription} (${errorCode})`, () => {
      contents.loadURL(validatedURL).catch((err: unknown) => console.error(`[shell] loading ${validatedURL} again failed:`, err));
    });
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') recover(details.reason);
  });
  win.on('unresponsive', () => {
    clearTimeout(hangTimer);
    // A hung page is crashed on purpose; 'render-process-gone' then reloads it.
    hangTimer = setTimeout(() => {
      if (!win.isDestroyed()) contents.forcefullyCrashRenderer();
    }, policy.unresponsiveGraceMs);
  });
  win.on('responsive', () => clearTimeout(hangTimer));
  win.on('closed', () => clearTimeout(hangTimer));
}
