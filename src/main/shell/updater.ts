import type { KeyObject } from 'node:crypto';
import { rm } from 'node:fs/promises';
import electronUpdater, { type AppUpdater, type ProgressInfo, type UpdateDownloadedEvent, type UpdateInfo } from 'electron-updater';
import type { AppUpdaterEvents } from 'electron-updater/out/AppUpdater';
import { verifyRelease, verifyReleaseFile, type SignedRelease } from '../update/releaseSignature';
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
  /** The release key the office pinned: nothing it did not sign is downloaded or installed, whatever the transport. */
  publicKey: KeyObject;
  /** A version that failed its start-up check and was rolled back: not installed again (a newer one is). */
  rolledBackVersion?: string | null;
  /** Runs just before the install (keeps the running version for a rollback); if it fails, the install waits. */
  beforeInstall?: (version: string) => Promise<void>;
  timing?: Partial<UpdaterTiming>;
}

/**
 * electron-updater with the generic provider: checks hourly and downloads in the background, but
 * installs only when the pure policy says so (nobody in the queue, idle, outside office hours, inside
 * the staged rollout by this kiosk's replica id).
 *
 * Only releases signed by the pinned key get through: the manifest's signature is checked before the
 * download starts, and the downloaded file's own sha512 against the signed one before the tracker says
 * "downloaded" (the only state the install decision acts on), and again just before the install.
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
  /** electron-updater's file of the last finished download, and the signed release it must belong to. */
  let downloadedFile: string | null = null;
  let verified: { release: SignedRelease; file: string } | null = null;

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
    // Not "downloaded" yet: the download's own promise checks the file first (startDownload).
    'update-downloaded': (event: UpdateDownloadedEvent) => {
      downloadedFile = event.downloadedFile;
    },
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

  /**
   * Whether the file is one of the signed release; if not, the tracker says why, nothing installs, and the
   * file is deleted (electron-updater hands out a file it downloaded in this run again without hashing it).
   */
  const checkFile = async (release: SignedRelease, file: string): Promise<boolean> => {
    const verdict = await verifyReleaseFile(file, release);
    if (verdict.ok) return true;
    fail(`Update ${release.version} refused`, verdict.reason);
    await rm(file, { force: true });
    return false;
  };

  const startDownload = (release: SignedRelease): void => {
    const { version } = release;
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
    downloadedFile = null;
    verified = null;
    autoUpdater
      .downloadUpdate(token)
      .then(async () => {
        const file = downloadedFile;
        if (!file) throw new Error('electron-updater reported no downloaded file');
        if (!(await checkFile(release, file))) return;
        verified = { release, file };
        tracker.apply({ type: 'downloaded', version });
      })
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
          if (!result.isUpdateAvailable) return;
          const { version } = result.updateInfo;
          if (version === options.rolledBackVersion) {
            tracker.apply({ type: 'error', message: `${version} was rolled back after it failed to start; waiting for a newer release` });
            return;
          }
          // Before any byte of the installer is fetched: unsigned or foreign releases are never downloaded.
          const release = verifyRelease(result.updateInfo, options.publicKey);
          if (release.ok) startDownload(release.value);
          else fail(`Update ${version} refused`, release.reason);
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

  const install = async (release: SignedRelease, file: string): Promise<void> => {
    // The file waited in a folder of the kiosk user's for hours: checked again, then the running version kept.
    if (!(await checkFile(release, file))) {
      verified = null;
      return;
    }
    try {
      await options.beforeInstall?.(release.version);
    } catch (err) {
      fail(`Install of ${release.version} postponed: the running version could not be kept for a rollback`, err);
      return;
    }
    // Silent install, then run the new version.
    autoUpdater.quitAndInstall(true, true);
  };

  const decide = (): void => {
    try {
      if (tracker.current.state !== 'downloaded') return;
      const decision = shouldInstall({ ...options.situation(), rolloutPercent, replicaId: options.replicaId(), rules: options.rules });
      tracker.apply({ type: 'decided', decision });
      if (!decision.install || !verified) return;
      const { release, file } = verified;
      console.log(`[update] installing ${release.version}: nobody in the queue, idle, outside office hours`);
      tracker.apply({ type: 'installing' });
      install(release, file).catch((err: unknown) => fail(`Install of ${release.version} failed`, err));
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
