import { app } from 'electron';
import { spawn } from 'node:child_process';
import { updateSetup } from '../update/installTarget';
import { keepPreviousVersion, restorePreviousVersion, StartupHealthFile } from '../update/rollbackFiles';
import { rolledBackVersion, type HealthRecord } from '../update/startupHealth';
import { RELAUNCH_EXIT_CODE } from './rendererSupervisor';
import { startUpdater, type UpdaterOptions } from './updater';

/**
 * An update's life in the packaged kiosk: the start-up check of a newly installed version (or the way
 * back to the previous one), then the updater, started only with a pinned key and an install target
 * the kiosk user can update. The decisions are in src/main/update/; this is the Electron glue.
 */

export interface StartupCheck {
  /** A new version's start on trial: a failure exits at once (no dialog waiting for a click), so the next start counts. */
  readonly onTrial: boolean;
  readonly file: StartupHealthFile;
  readonly record: HealthRecord;
  /** The office serves and the kiosk window loaded: the trial is over. */
  healthy(): void;
}

/**
 * Counts this start, first thing. Returns null when it brings back the previous version instead: the
 * process is then exiting, for the OS supervisor (or the previous installer) to start that version.
 */
export async function beginStartupCheck(dataDir: string): Promise<StartupCheck | null> {
  const file = new StartupHealthFile(dataDir);
  const version = app.getVersion();
  let begun: ReturnType<StartupHealthFile['beginStart']>;
  try {
    begun = file.beginStart(version, Date.now());
  } catch (err) {
    // The record must never stop the kiosk (a full disk, say): this start goes on unchecked.
    console.error('[update] the start-up record could not be written; starting without the check:', err);
    begun = { decision: { action: 'start', watch: false }, record: file.read() };
  }
  const { decision, record } = begun;
  if (decision.action === 'roll_back') {
    console.error(`[update] ${decision.note}`);
    try {
      const relaunch = await restorePreviousVersion(decision.restore, process.env.APPIMAGE);
      if (relaunch.programRestored && process.env.LOKET_SUPERVISED === '1') {
        app.exit(RELAUNCH_EXIT_CODE);
      } else {
        spawn(relaunch.command, relaunch.args, { detached: true, stdio: 'ignore' })
          .on('error', (err) => console.error(`[update] ${relaunch.command} could not be started:`, err))
          .unref();
        app.exit(0);
      }
      return null;
    } catch (err) {
      console.error(`[update] the previous version could not be brought back; ${version} starts:`, err);
    }
  }
  let onTrial = decision.action === 'start' && decision.watch;
  if (onTrial) console.log(`[update] ${version} starts on trial (start-up check after its install)`);
  return {
    get onTrial() {
      return onTrial;
    },
    file,
    record,
    healthy() {
      if (!onTrial) return;
      onTrial = false;
      try {
        file.markHealthy(version);
        console.log(`[update] ${version} passed its start-up check`);
      } catch (err) {
        console.error(`[update] ${version} passed its start-up check, but the record could not be written:`, err);
      }
    },
  };
}

/** Starts the updater when this kiosk can update itself; otherwise the Sistem tab says why not. */
export function startUpdates(
  options: Omit<UpdaterOptions, 'publicKey' | 'rolledBackVersion' | 'beforeInstall'>,
  startup: StartupCheck,
  publicKey: string | undefined,
): void {
  const { tracker } = options;
  const setup = updateSetup({ platform: process.platform, env: process.env, execPath: process.execPath, publicKey });
  if (!setup.ok) {
    console.log(`[update] off: ${setup.reason}`);
    tracker.apply({ type: 'disabled', why: setup.why, ...(setup.detail === undefined ? {} : { detail: setup.detail }), reason: setup.reason });
    return;
  }
  const version = app.getVersion();
  const rolledBack = startup.record.rolledBack;
  if (rolledBack && rolledBack.version !== version) {
    const at = new Date(rolledBack.at).toISOString();
    tracker.apply({ type: 'error', message: `${rolledBack.version} failed its start-up check and was rolled back to ${rolledBack.previousVersion} (${at})` });
  }
  startUpdater({
    ...options,
    publicKey: setup.publicKey,
    rolledBackVersion: rolledBackVersion(startup.record),
    beforeInstall: async (next) => {
      const restore = await keepPreviousVersion(setup.target, startup.file.folder, version);
      startup.file.recordInstall({ version: next, previousVersion: version, restore, installedAt: Date.now() });
    },
  });
}
