import electronUpdater from 'electron-updater';
import type { InstallContext, InstallRules } from '../update/updatePolicy';
import { isInRollout, shouldInstall } from '../update/updatePolicy';
import type { UpdateTracker } from '../update/updateTracker';

const CHECK_EVERY_MS = 60 * 60_000;
const DECIDE_EVERY_MS = 60_000;

export interface UpdaterOptions {
  tracker: UpdateTracker;
  rules: InstallRules;
  replicaId: () => string;
  /** The generic feed, re-read before each check (the kiosk may be enrolled with the city server later). */
  feedUrl: () => string | null;
  /** The office's state for the install decision, read when a downloaded update waits. */
  situation: () => Pick<InstallContext, 'now' | 'office' | 'lastActivityAt' | 'activeTickets'>;
}

/**
 * electron-updater with the generic provider: checks hourly and downloads in the background, but
 * installs only when the pure policy says so (nobody in the queue, idle, outside office hours, inside
 * the staged rollout by this kiosk's replica id).
 */
export function startUpdater(options: UpdaterOptions): () => void {
  const { autoUpdater } = electronUpdater;
  const { tracker } = options;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.logger = { info: (m?: unknown) => console.log('[update]', m), warn: (m?: unknown) => console.warn('[update]', m), error: (m?: unknown) => console.error('[update]', m) };
  autoUpdater.isUserWithinRollout = (info) => {
    const percent = info.stagingPercentage ?? null;
    tracker.apply({ type: 'rollout_checked', version: info.version, rolloutPercent: percent });
    return isInRollout(options.replicaId(), percent);
  };

  let rolloutPercent: number | null = null;
  autoUpdater.on('update-available', (info) => {
    rolloutPercent = info.stagingPercentage ?? null;
    tracker.apply({ type: 'available', version: info.version, rolloutPercent });
  });
  autoUpdater.on('update-not-available', () => tracker.apply({ type: 'not_available' }));
  autoUpdater.on('download-progress', (p) => tracker.apply({ type: 'progress', percent: p.percent }));
  autoUpdater.on('update-downloaded', (info) => tracker.apply({ type: 'downloaded', version: info.version }));
  autoUpdater.on('error', (err) => tracker.apply({ type: 'error', message: err.message }));

  const check = (): void => {
    const url = options.feedUrl();
    if (!url || tracker.current.state === 'downloaded' || tracker.current.state === 'installing') return;
    autoUpdater.setFeedURL({ provider: 'generic', url });
    tracker.apply({ type: 'checking', at: Date.now(), feedUrl: url });
    autoUpdater.checkForUpdates().catch((err: unknown) => tracker.apply({ type: 'error', message: (err as Error).message }));
  };

  const decide = (): void => {
    if (tracker.current.state !== 'downloaded') return;
    const decision = shouldInstall({ ...options.situation(), rolloutPercent, replicaId: options.replicaId(), rules: options.rules });
    tracker.apply({ type: 'decided', decision });
    if (!decision.install) return;
    console.log(`[update] installing ${tracker.current.availableVersion ?? '?'}: nobody in the queue, idle, outside office hours`);
    tracker.apply({ type: 'installing' });
    // Silent install, then run the new version.
    autoUpdater.quitAndInstall(true, true);
  };

  check();
  const checkTimer = setInterval(check, CHECK_EVERY_MS);
  const decideTimer = setInterval(decide, DECIDE_EVERY_MS);
  return () => {
    clearInterval(checkTimer);
    clearInterval(decideTimer);
  };
}
