import electronUpdater, { type AppUpdater, type ProgressInfo, type UpdateInfo } from 'electron-updater';
import type { AppUpdaterEvents } from 'electron-updater/out/AppUpdater';
import type { InstallContext, InstallRules } from '../update/updatePolicy';
import { isInRollout, shouldInstall } from '../update/updatePolicy';
import type { UpdateTracker } from '../update/updateTracker';
import { errorMessage } from './processFaults';

export interface UpdaterTiming {
  checkEveryMs: number;
  decideEveryMs: number;
  /** A check (the feed's .yml) that has not answered by then counts as failed. */
  checkTimeoutMs: number;
  /** A download that received no data for this long is cancelled and counts as failed. */
  stallMs: number;
}

export const DEFAULT_UPDATER_TIMING: UpdaterTiming = {
  checkEveryMs: 60 * 60_000,
  decideEveryMs: 60_000,
  checkTimeoutMs: 2 * 60_000,
  stallMs: 5 * 60_000,
};

export interface UpdaterOptions {
  tracker: UpdateTracker;
  rules: InstallRules;
  replicaId: () => string;
  /** The generic feed, re-read before each check (the kiosk may be enrolled with the city server later). */
  feedUrl: () => string | null;
  /** The office's state for the install decision, read when a downloaded update waits. */
  situation: () => Pick<InstallContext, 'now' | 'office' | 'lastActivityAt' | 'activeTickets'>;
  timing?: Partial<UpdaterTiming>;
}

/**
 * electron-updater with the generic provider: checks hourly and downloads in the background, but
 * installs only when the pure policy says so (nobody in the queue, idle, outside office hours, inside
 * the staged rollout by this kiosk's replica id).
 *
 * Nothing here may end the process: every promise of electron-updater is awaited here with a catch (its
 * own `autoDownload` starts a download promise nobody can catch, so it is off and the download is started
 * here), every timer's work is in a try, and every failure becomes the tracker's `error` state with the
 * reason, for the supervisor's Sistem tab. A check or a download that hangs (a server that stops sending:
 * Electron's `net` has no idle timeout of its own) is given up after `checkTimeoutMs` / `stallMs`.
 */
export function startUpdater(options: UpdaterOptions): () => void {
  const { tracker } = options;
  const timing = { ...DEFAULT_UPDATER_TIMING, ...options.timing };
  const fail = (what: string, err: unknown): void => {
    console.error(`[update] ${what}:`, err);
    // The supervisor gets the first line (electron-updater's HTTP errors go on with the request and advice).
    const first = errorMessage(err).split('\n')[0]?.trim() ?? '';
    tracker.apply({ type: 'error', message: `${what}: ${first.length > 300 ? `${first.slice(0, 300)}…` : first}` });
  };

  let autoUpdater: AppUpdater;
  try {
    // The getter constructs the platform's updater, which throws on, e.g., a version that is not semver.
    autoUpdater = electronUpdater.autoUpdater;
    autoUpdater.autoDownload = false;
    autoUpdater.autoInstallOnAppQuit = false;
    autoUpdater.allowDowngrade = false;
    autoUpdater.logger = { info: (m?: unknown) => console.log('[update]', m), warn: (m?: unknown) => console.warn('[update]', m), error: (m?: unknown) => console.error('[update]', m) };
    autoUpdater.isUserWithinRollout = (info) => {
      const percent = info.stagingPercentage ?? null;
      tracker.apply({ type: 'rollout_checked', version: info.version, rolloutPercent: percent });
      return isInRollout(options.replicaId(), percent);
    };
  } catch (err) {
    fail('The updater could not start', err);
    return () => undefined;
  }

  let rolloutPercent: number | null = null;
  /** A check or download of ours is under way: its own catch reports its failure, with what failed. */
  let checking = false;
  let download: { cancel: () => void } | null = null;
  let lastDataAt = 0;

  const listeners: Partial<AppUpdaterEvents> = {
    'update-available': (info: UpdateInfo) => {
      rolloutPercent = info.stagingPercentage ?? null;
      tracker.apply({ type: 'available', version: info.version, rolloutPercent });
    },
    'update-not-available': () => tracker.apply({ type: 'not_available' }),
    'download-progress': (p: ProgressInfo) => {
      lastDataAt = Date.now();
      tracker.apply({ type: 'progress', percent: p.percent });
    },
    'update-downloaded': (info: UpdateInfo) => tracker.apply({ type: 'downloaded', version: info.version }),
    // Failures of checks and downloads are reported by their promises below; this catches the rest (the install).
    error: (err: Error) => {
      if (!checking && !download) fail('Update failed', err);
    },
  };
  const subscribe = (on: boolean): void => {
    for (const event of Object.keys(listeners) as (keyof AppUpdaterEvents)[]) {
      const listener = listeners[event] as AppUpdaterEvents[typeof event];
      if (on) autoUpdater.on(event, listener);
      else autoUpdater.removeListener(event, listener);
    }
  };
  subscribe(true);

  const startDownload = (version: string): void => {
    const token = new electronUpdater.CancellationToken();
    let stalled = false;
    lastDataAt = Date.now();
    const watchdog = setInterval(
      () => {
        if (Date.now() - lastDataAt < timing.stallMs) return;
        stalled = true;
        token.cancel();
      },
      Math.max(50, Math.floor(timing.stallMs / 4)),
    );
    download = { cancel: () => token.cancel() };
    autoUpdater
      .downloadUpdate(token)
      .catch((err: unknown) => {
        const why = stalled ? `no data from the update server for ${Math.round(timing.stallMs / 1000)} s` : err;
        fail(`Download of ${version} failed`, why);
      })
      .finally(() => {
        clearInterval(watchdog);
        download = null;
      });
  };

  const check = (): void => {
    try {
      const url = options.feedUrl();
      const state = tracker.current.state;
      if (!url || checking || download || state === 'downloaded' || state === 'installing') return;
      autoUpdater.setFeedURL({ provider: 'generic', url });
      tracker.apply({ type: 'checking', at: Date.now(), feedUrl: url });
      checking = true;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer from ${url} within ${Math.round(timing.checkTimeoutMs / 1000)} s`)),
          timing.checkTimeoutMs,
        );
      });
      // A late answer after the timeout is still handled by the race (never unhandled), and ignored.
      Promise.race([autoUpdater.checkForUpdates(), timeout])
        .then((result) => {
          checking = false;
          if (result === null) throw new Error('electron-updater is not active in this build (not packaged, or not an AppImage)');
          if (result.isUpdateAvailable) startDownload(result.updateInfo.version);
        })
        .catch((err: unknown) => fail('Update check failed', err))
        .finally(() => {
          checking = false;
          clearTimeout(timer);
        });
    } catch (err) {
      checking = false;
      fail('Update check failed', err);
    }
  };

  const decide = (): void => {
    try {
      if (tracker.current.state !== 'downloaded') return;
      const decision = shouldInstall({ ...options.situation(), rolloutPercent, replicaId: options.replicaId(), rules: options.rules });
      tracker.apply({ type: 'decided', decision });
      if (!decision.install) return;
      console.log(`[update] installing ${tracker.current.availableVersion ?? '?'}: nobody in the queue, idle, outside office hours`);
      tracker.apply({ type: 'installing' });
      // Silent install, then run the new version.
      autoUpdater.quitAndInstall(true, true);
    } catch (err) {
      fail('Install failed', err);
    }
  };

  check();
  const checkTimer = setInterval(check, timing.checkEveryMs);
  const decideTimer = setInterval(decide, timing.decideEveryMs);
  return () => {
    clearInterval(checkTimer);
    clearInterval(decideTimer);
    download?.cancel();
    subscribe(false);
  };
}
