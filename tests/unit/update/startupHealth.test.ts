import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepPreviousVersion, restorePreviousVersion, StartupHealthFile } from '../../../src/main/update/rollbackFiles';
import {
  beginStart,
  EMPTY_HEALTH_RECORD,
  markHealthy,
  MAX_FAILED_STARTS,
  recordInstall,
  rolledBackVersion,
  type HealthRecord,
  type RestorePlan,
} from '../../../src/main/update/startupHealth';
import { makeTempDir } from '../../helpers/tempDir';

const restore: RestorePlan = { kind: 'appimage', keptFile: '/data/update/previous/Loket-1.0.0.AppImage' };
const installed = recordInstall({ version: '2.0.0', previousVersion: '1.0.0', restore, installedAt: 100 });

/** Starts `version` n times in a row without ever reaching healthy; returns the last decision and record. */
function startTimes(record: HealthRecord, version: string, n: number) {
  let out = { record, decision: beginStart(record, version, 0).decision };
  for (let i = 0; i < n; i++) out = beginStart(out.record, version, 1000 + i);
  return out;
}

describe('the start-up check of an installed update', () => {
  it('leaves an ordinary start alone', () => {
    expect(beginStart(EMPTY_HEALTH_RECORD, '1.0.0', 5)).toEqual({ record: EMPTY_HEALTH_RECORD, decision: { action: 'start', watch: false } });
  });

  it('counts the new version\'s starts and ends the check when it reaches healthy', () => {
    const first = beginStart(installed, '2.0.0', 1);
    expect(first.decision).toEqual({ action: 'start', watch: true });
    expect(first.record.pending?.startsBegun).toBe(1);
    const healthy = markHealthy(first.record, '2.0.0');
    expect(healthy).toEqual({ pending: null, rolledBack: null });
    expect(beginStart(healthy, '2.0.0', 2).decision).toEqual({ action: 'start', watch: false });
  });

  it('gives the new version a second start after one failure', () => {
    const second = startTimes(installed, '2.0.0', 2);
    expect(second.decision).toEqual({ action: 'start', watch: true });
    expect(second.record.pending?.startsBegun).toBe(2);
    expect(markHealthy(second.record, '2.0.0').pending).toBeNull();
  });

  it(`rolls back when the new version failed its check ${MAX_FAILED_STARTS} times, and remembers the version given up`, () => {
    const third = startTimes(installed, '2.0.0', MAX_FAILED_STARTS + 1);
    expect(third.decision).toEqual({ action: 'roll_back', restore, note: '2.0.0 failed its start-up check 2 times; starting 1.0.0 again.' });
    expect(third.record).toEqual({ pending: null, rolledBack: { version: '2.0.0', previousVersion: '1.0.0', at: 1002 } });
    expect(rolledBackVersion(third.record)).toBe('2.0.0');
    // The previous version then starts normally; and a rollback is never tried twice (the record was cleared first).
    expect(beginStart(third.record, '1.0.0', 2000).decision).toEqual({ action: 'start', watch: false });
    expect(beginStart(third.record, '2.0.0', 2000).decision).toEqual({ action: 'start', watch: false });
  });

  it('keeps checking while another version runs (the installer has not run through yet), and counts none of its starts', () => {
    const old = beginStart(installed, '1.0.0', 1);
    expect(old).toEqual({ record: installed, decision: { action: 'start', watch: false } });
    expect(markHealthy(installed, '1.0.0')).toBe(installed);
    expect(beginStart(old.record, '2.0.0', 2).decision).toEqual({ action: 'start', watch: true });
  });

  it('forgets the version given up when the next update is installed', () => {
    const rolledBack = startTimes(installed, '2.0.0', MAX_FAILED_STARTS + 1).record;
    expect(rolledBackVersion(rolledBack)).toBe('2.0.0');
    expect(rolledBackVersion(recordInstall({ version: '2.0.1', previousVersion: '1.0.0', restore, installedAt: 5 }))).toBeNull();
  });
});

describe('the files of a rollback', () => {
  let dir = makeTempDir('loket-rollback-');
  afterEach(() => {
    dir.remove();
    dir = makeTempDir('loket-rollback-');
  });

  it('keeps the record whole across restarts, and an unreadable one counts as empty', () => {
    const file = new StartupHealthFile(dir.path);
    expect(file.read()).toEqual(EMPTY_HEALTH_RECORD);
    file.recordInstall({ version: '2.0.0', previousVersion: '1.0.0', restore, installedAt: 100 });
    expect(file.beginStart('2.0.0', 1).decision).toEqual({ action: 'start', watch: true });
    expect(new StartupHealthFile(dir.path).read().pending?.startsBegun).toBe(1);
    file.markHealthy('2.0.0');
    expect(file.read()).toEqual(EMPTY_HEALTH_RECORD);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    writeFileSync(file.path, '{"pending": {"version": 2');
    expect(file.read()).toEqual(EMPTY_HEALTH_RECORD);
    writeFileSync(file.path, JSON.stringify({ pending: null }));
    expect(file.read()).toEqual(EMPTY_HEALTH_RECORD);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([`[update] ${file.path} is damaged and is ignored:`, `[update] ${file.path} is damaged and is ignored:`]);
    warn.mockRestore();
  });

  it('on Linux: keeps the running AppImage, and puts it back over the new one at a rollback', async () => {
    const appImage = join(dir.path, 'opt', 'Loket.AppImage');
    mkdirSync(join(dir.path, 'opt'));
    writeFileSync(appImage, 'version 1.0.0', { mode: 0o755 });
    const file = new StartupHealthFile(join(dir.path, 'data'));
    const plan = await keepPreviousVersion({ kind: 'appimage', appImage }, file.folder, '1.0.0');
    expect(plan).toEqual({ kind: 'appimage', keptFile: join(dir.path, 'data', 'update', 'previous', 'Loket-1.0.0.AppImage') });

    writeFileSync(appImage, 'version 2.0.0 (broken)'); // what electron-updater installed
    const relaunch = await restorePreviousVersion(plan, appImage);
    expect(relaunch).toEqual({ command: appImage, args: [], programRestored: true });
    expect(readFileSync(appImage, 'utf8')).toBe('version 1.0.0');
    expect(statSync(appImage).mode & 0o777).toBe(0o755);
    expect(existsSync(`${appImage}.rollback`)).toBe(false);
    await expect(restorePreviousVersion(plan, undefined)).rejects.toThrow(/APPIMAGE is not set/);
  });

  it('on Windows: keeps the installer this version came with, and runs it silently at a rollback', async () => {
    const store = join(dir.path, 'loket-updater');
    mkdirSync(store);
    writeFileSync(join(store, 'installer.exe'), 'Loket Setup 1.0.0');
    const folder = join(dir.path, 'data', 'update');
    const plan = await keepPreviousVersion({ kind: 'nsis', installerStore: join(store, 'installer.exe') }, folder, '1.0.0');
    expect(plan).toEqual({ kind: 'nsis', installer: join(folder, 'previous', 'Loket-Setup-1.0.0.exe') });
    expect(readFileSync(plan.kind === 'nsis' ? plan.installer : '', 'utf8')).toBe('Loket Setup 1.0.0');
    expect(await restorePreviousVersion(plan, undefined)).toEqual({ command: join(folder, 'previous', 'Loket-Setup-1.0.0.exe'), args: ['--updated', '/S', '--force-run'], programRestored: false });
  });

  it('replaces the copy kept at the previous install, and refuses when there is nothing to keep', async () => {
    const folder = join(dir.path, 'update');
    const appImage = join(dir.path, 'Loket.AppImage');
    writeFileSync(appImage, '1.0.0');
    await keepPreviousVersion({ kind: 'appimage', appImage }, folder, '1.0.0');
    writeFileSync(appImage, '1.1.0');
    await keepPreviousVersion({ kind: 'appimage', appImage }, folder, '1.1.0');
    expect(existsSync(join(folder, 'previous', 'Loket-1.0.0.AppImage'))).toBe(false);
    expect(readFileSync(join(folder, 'previous', 'Loket-1.1.0.AppImage'), 'utf8')).toBe('1.1.0');
    await expect(keepPreviousVersion({ kind: 'nsis', installerStore: join(dir.path, 'nowhere', 'installer.exe') }, folder, '1.1.0')).rejects.toThrow(/ENOENT/);
    // …without losing the copy it already had
    expect(existsSync(join(folder, 'previous', 'Loket-1.1.0.AppImage'))).toBe(true);
  });
});
