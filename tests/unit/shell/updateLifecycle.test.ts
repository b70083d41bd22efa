import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StartupHealthFile } from '../../../src/main/update/rollbackFiles';
import { DEFAULT_INSTALL_RULES } from '../../../src/main/update/updatePolicy';
import { UpdateTracker } from '../../../src/main/update/updateTracker';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfig } from '../../helpers/testConfig';

/** The Electron glue of the start-up check and rollback, with Electron's app and child processes faked. */

const electron = vi.hoisted(() => ({ version: '2.0.0', exit: vi.fn() }));
vi.mock('electron', () => ({ app: { getVersion: () => electron.version, exit: electron.exit } }));
const spawned = vi.hoisted(() => [] as { command: string; args: string[] }[]);
vi.mock('node:child_process', () => ({
  spawn: (command: string, args: string[]) => {
    spawned.push({ command, args });
    const child = { on: () => child, unref: () => undefined };
    return child;
  },
}));

const { beginStartupCheck, startUpdates } = await import('../../../src/main/shell/updateLifecycle');

let dir = makeTempDir('loket-lifecycle-');
const saved = { APPIMAGE: process.env.APPIMAGE, LOKET_SUPERVISED: process.env.LOKET_SUPERVISED };
beforeEach(() => {
  for (const level of ['log', 'error'] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  electron.exit.mockReset();
  electron.version = '2.0.0';
  spawned.length = 0;
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  dir.remove();
  dir = makeTempDir('loket-lifecycle-');
});

/** 1.0.0 ran from the AppImage and was kept; 2.0.0 (broken) was installed over it. */
function installedOverAnAppImage(): { data: string; appImage: string } {
  const data = join(dir.path, 'data');
  const appImage = join(dir.path, 'opt', 'Loket.AppImage');
  mkdirSync(join(dir.path, 'opt'));
  mkdirSync(join(data, 'update', 'previous'), { recursive: true });
  const keptFile = join(data, 'update', 'previous', 'Loket-1.0.0.AppImage');
  writeFileSync(keptFile, 'Loket 1.0.0');
  writeFileSync(appImage, 'Loket 2.0.0 (broken)');
  new StartupHealthFile(data).recordInstall({ version: '2.0.0', previousVersion: '1.0.0', restore: { kind: 'appimage', keptFile }, installedAt: 1 });
  process.env.APPIMAGE = appImage;
  return { data, appImage };
}

describe('the start-up check of a new version', () => {
  it('puts it on trial, and ends the trial once healthy', async () => {
    const { data } = installedOverAnAppImage();
    const check = await beginStartupCheck(data);
    expect(check?.onTrial).toBe(true);
    check?.healthy();
    expect(check?.onTrial).toBe(false);
    expect(new StartupHealthFile(data).read().pending).toBeNull();
    expect(electron.exit).not.toHaveBeenCalled();
  });

  it('after two failed starts, puts the previous AppImage back and leaves the restart to systemd', async () => {
    const { data, appImage } = installedOverAnAppImage();
    process.env.LOKET_SUPERVISED = '1';
    expect((await beginStartupCheck(data))?.onTrial).toBe(true); // crashed before healthy
    expect((await beginStartupCheck(data))?.onTrial).toBe(true); // crashed again
    expect(await beginStartupCheck(data)).toBeNull();
    expect(readFileSync(appImage, 'utf8')).toBe('Loket 1.0.0');
    expect(electron.exit).toHaveBeenCalledWith(75);
    expect(spawned).toEqual([]);

    // 1.0.0 starts normally and knows 2.0.0 was given up
    electron.version = '1.0.0';
    const back = await beginStartupCheck(data);
    expect(back?.onTrial).toBe(false);
    expect(back?.record.rolledBack).toMatchObject({ version: '2.0.0', previousVersion: '1.0.0' });
  });

  it('without an OS supervisor, starts the restored AppImage itself', async () => {
    const { data, appImage } = installedOverAnAppImage();
    delete process.env.LOKET_SUPERVISED;
    await beginStartupCheck(data);
    await beginStartupCheck(data);
    expect(await beginStartupCheck(data)).toBeNull();
    expect(spawned).toEqual([{ command: appImage, args: [] }]);
    expect(electron.exit).toHaveBeenCalledWith(0);
  });

  it('on Windows runs the kept installer silently, per user', async () => {
    const data = join(dir.path, 'data');
    const installer = join(data, 'update', 'previous', 'Loket-Setup-1.0.0.exe');
    mkdirSync(join(data, 'update', 'previous'), { recursive: true });
    writeFileSync(installer, 'Loket Setup 1.0.0');
    const file = new StartupHealthFile(data);
    file.recordInstall({ version: '2.0.0', previousVersion: '1.0.0', restore: { kind: 'nsis', installer }, installedAt: 1 });
    await beginStartupCheck(data);
    await beginStartupCheck(data);
    expect(await beginStartupCheck(data)).toBeNull();
    expect(spawned).toEqual([{ command: installer, args: ['--updated', '/S', '--force-run'] }]);
    expect(electron.exit).toHaveBeenCalledWith(0);
  });

  it('starts the new version anyway when the previous one cannot be brought back (never a dead kiosk)', async () => {
    const { data } = installedOverAnAppImage();
    delete process.env.APPIMAGE;
    await beginStartupCheck(data);
    await beginStartupCheck(data);
    const third = await beginStartupCheck(data);
    expect(third).not.toBeNull();
    expect(third?.onTrial).toBe(false);
    expect(electron.exit).not.toHaveBeenCalled();
  });
});

describe('starting updates in the packaged kiosk', () => {
  const options = (tracker: UpdateTracker) => ({
    tracker,
    rules: DEFAULT_INSTALL_RULES,
    replicaId: () => 'r',
    feedUrl: () => null,
    situation: () => ({ now: 0, office: testConfig().office, lastActivityAt: 0, activeTickets: 0 }),
  });

  it('stays off without a pinned key, and says so on the Sistem tab', async () => {
    const check = await beginStartupCheck(join(dir.path, 'data'));
    if (!check) throw new Error('no check');
    const tracker = new UpdateTracker(() => 'r', { currentVersion: '2.0.0', feedUrl: null, rules: DEFAULT_INSTALL_RULES });
    startUpdates(options(tracker), check, undefined);
    expect(tracker.current).toMatchObject({ state: 'disabled', disabledReason: expect.stringMatching(/^No release key is pinned/) });
  });
});
