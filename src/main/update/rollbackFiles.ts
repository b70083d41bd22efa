import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { access, chmod, copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { InstallTarget } from './installTarget';
import {
  beginStart,
  EMPTY_HEALTH_RECORD,
  healthRecordSchema,
  markHealthy,
  recordInstall,
  type HealthRecord,
  type PendingUpdate,
  type RestorePlan,
  type StartDecision,
} from './startupHealth';

/**
 * The files behind a rollback, in <data>/update/: the start-up health record (startupHealth.ts) and a copy
 * of the version that was running when the last update was installed (about one installer in size; it is
 * replaced at the next install, and a technician can also start it by hand).
 */

/** The start-up health record on disk; the pure rules are in startupHealth.ts. */
export class StartupHealthFile {
  readonly folder: string;
  readonly path: string;

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'update');
    this.path = join(this.folder, 'startup-health.json');
  }

  /** A missing record is an empty one; a damaged one too (it must never stop the kiosk), said in the log. */
  read(): HealthRecord {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`[update] ${this.path} cannot be read:`, err);
      return EMPTY_HEALTH_RECORD;
    }
    try {
      return healthRecordSchema.parse(JSON.parse(text));
    } catch (err) {
      console.warn(`[update] ${this.path} is damaged and is ignored:`, err);
      return EMPTY_HEALTH_RECORD;
    }
  }

  /** fsync'd and renamed into place: a power cut during a start leaves the old record or the new, whole. */
  write(record: HealthRecord): void {
    mkdirSync(this.folder, { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    const fd = openSync(temp, 'w', 0o644);
    try {
      writeSync(fd, `${JSON.stringify(record, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.path);
  }

  /** Counts this start of `version` before anything else runs, and says whether to roll back instead. */
  beginStart(version: string, now: number): { decision: StartDecision; record: HealthRecord } {
    const { record, decision } = beginStart(this.read(), version, now);
    this.write(record);
    return { decision, record };
  }

  markHealthy(version: string): void {
    const before = this.read();
    const after = markHealthy(before, version);
    if (after !== before) this.write(after);
  }

  recordInstall(install: Omit<PendingUpdate, 'startsBegun'>): void {
    this.write(recordInstall(install));
  }
}

const safeName = (version: string): string => version.replace(/[^0-9A-Za-z.+-]/g, '_');

/**
 * Before an update is installed: a copy of the running version where a rollback finds it. On Linux the
 * AppImage itself (electron-updater deletes it when it installs the new one); on Windows the installer
 * this version was installed with, which the NSIS installer left in the updater's cache folder. Throws
 * when there is nothing to keep: the install then waits, since it could not be undone.
 */
export async function keepPreviousVersion(target: InstallTarget, folder: string, version: string): Promise<RestorePlan> {
  const kept = join(folder, 'previous');
  const source = target.kind === 'appimage' ? target.appImage : target.installerStore;
  await access(source);
  await rm(kept, { recursive: true, force: true });
  await mkdir(kept, { recursive: true });
  if (target.kind === 'appimage') {
    const keptFile = join(kept, `Loket-${safeName(version)}.AppImage`);
    await copyFile(source, keptFile);
    return { kind: 'appimage', keptFile };
  }
  const installer = join(kept, `Loket-Setup-${safeName(version)}.exe`);
  await copyFile(source, installer);
  return { kind: 'nsis', installer };
}

/** What starts the previous version once it is back: the restored program itself, or its installer. */
export interface Relaunch {
  command: string;
  args: string[];
  /** The program file is the previous version again, so an OS supervisor that restarts it is enough. */
  programRestored: boolean;
}

/**
 * Brings the previous version back. Linux: the kept AppImage is copied beside the running one and renamed
 * over it (the running process keeps its own, already open, file). Windows: the previous installer runs
 * silently per user, as electron-updater runs an update (`--updated /S --force-run`).
 */
export async function restorePreviousVersion(plan: RestorePlan, appImage: string | undefined): Promise<Relaunch> {
  if (plan.kind === 'nsis') {
    await access(plan.installer);
    return { command: plan.installer, args: ['--updated', '/S', '--force-run'], programRestored: false };
  }
  if (!appImage) throw new Error('APPIMAGE is not set: this start is not the AppImage, so it cannot be replaced');
  const temp = `${appImage}.rollback`;
  await copyFile(plan.keptFile, temp);
  await chmod(temp, 0o755);
  await rename(temp, appImage);
  return { command: appImage, args: [], programRestored: true };
}
