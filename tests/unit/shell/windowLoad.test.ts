import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * A window whose page does not load (loadURL rejects, Chromium fires did-fail-load): logged, retried with
 * the renderer recovery's backoff, then a relaunch; never an unhandled rejection. Electron is faked.
 */

const electron = vi.hoisted(() => {
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');
  class FakeContents extends Emitter {
    url = '';
    loads: string[] = [];
    /** Every load fails like an unreachable page: did-fail-load, then the promise rejects. */
    loadURL(url: string): Promise<void> {
      this.loads.push(url);
      this.url = url;
      this.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', url, true);
      return Promise.reject(new Error(`ERR_CONNECTION_REFUSED (-102) loading '${url}'`));
    }
    getURL(): string {
      return this.url;
    }
    reload(): void {
      this.loads.push(`reload ${this.url}`);
    }
    isDestroyed(): boolean {
      return false;
    }
    forcefullyCrashRenderer(): void {}
  }
  class FakeWindow extends Emitter {
    webContents = new FakeContents();
    removeMenu(): void {}
    show(): void {}
    isDestroyed(): boolean {
      return false;
    }
    loadURL(url: string): Promise<void> {
      return this.webContents.loadURL(url);
    }
  }
  return { FakeWindow, app: { exit: vi.fn(), relaunch: vi.fn() } };
});
vi.mock('electron', () => ({ BrowserWindow: electron.FakeWindow, app: electron.app }));

const { createScreenWindow } = await import('../../../src/main/shell/screenWindow');
const { superviseRenderer, RELAUNCH_EXIT_CODE } = await import('../../../src/main/shell/rendererSupervisor');
const { WindowRoles } = await import('../../../src/main/shell/windowRoles');

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.useRealTimers());
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  vi.restoreAllMocks();
});

describe('a window whose page cannot load', () => {
  it('logs, loads again with the backoff, relaunches when it keeps failing, and never rejects unhandled', async () => {
    vi.useFakeTimers();
    process.env.LOKET_SUPERVISED = '1';
    const roles = new WindowRoles<{ mainFrame: unknown }>(() => true);
    const win = createScreenWindow({ role: 'kiosk', production: true, bounds: { x: 0, y: 0, width: 1080, height: 1920 }, devServerUrl: undefined, roles: roles as never });
    // In Electron the first load fails later, after index.ts has attached the supervisor; the fake fails at
    // once, so that first failure is replayed once the supervisor is attached.
    const contents = (win as unknown as InstanceType<typeof electron.FakeWindow>).webContents;
    expect(contents.loads).toEqual(['loket://app/kiosk']);
    superviseRenderer(win);
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', 'loket://app/kiosk', true);
    // a replaced navigation and a failed subframe are not failures of the page
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'loket://app/kiosk', true);
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', 'https://elsewhere/', false);

    for (const delay of [1000, 2000, 4000, 8000]) await vi.advanceTimersByTimeAsync(delay);
    expect(contents.loads).toEqual(Array(5).fill('loket://app/kiosk'));
    expect(electron.app.exit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(16_000);
    expect(electron.app.exit).toHaveBeenCalledWith(RELAUNCH_EXIT_CODE);

    await vi.runOnlyPendingTimersAsync();
    vi.useRealTimers();
    // Node reports a rejection nobody handled once the microtasks of the turn that rejected it have run.
    await new Promise((r) => setImmediate(r));
    expect(unhandled).toEqual([]);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('the kiosk window could not load loket://app/kiosk'), expect.any(Error));
    delete process.env.LOKET_SUPERVISED;
  });
});
