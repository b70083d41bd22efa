import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatcher } from '../../../src/main/api/dispatcher';
import { browserModeShell, type ShellControls } from '../../../src/main/api/shellControls';
import type { Caller } from '../../../src/main/auth/caller';
import { callerFromToken } from '../../../src/main/auth/credentials';
import { hashPin } from '../../../src/main/auth/pinHash';
import { createOfficeServices } from '../../../src/main/office';
import { WINDOW_SESSION_IDLE_MS, WindowSessions } from '../../../src/main/shell/windowSessions';
import { Store } from '../../../src/main/store/store';
import { FakeClock, MONDAY_9AM_KUPANG } from '../../helpers/fakeClock';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfig } from '../../helpers/testConfig';

/**
 * The supervisor at the kiosk touchscreen: signs in with the PIN in the kiosk window (the kiosk door),
 * gets the supervisor screens there through the window's held session, and leaves kiosk mode.
 * The real dispatcher and store; only Electron's windows are stand-ins (plain objects as keys).
 * Each test starts from a fresh office with its own staff, so any order of the tests gives the same
 * results (`vitest --sequence.shuffle`).
 */
const kioskWindow: Caller = { role: 'kiosk', via: 'ipc', local: true, source: 'ipc:kiosk' };

let dir: ReturnType<typeof makeTempDir>;
let store: Store;
let clock: FakeClock;
let exitKiosk: ReturnType<typeof vi.fn<(by: string) => void>>;
let dispatcher: Dispatcher;
let window: object;
let sessions: WindowSessions<object>;
let bossId: number;
let mariaId: number;

beforeEach(async () => {
  dir = makeTempDir();
  store = Store.open(dir.path);
  clock = new FakeClock(MONDAY_9AM_KUPANG);
  exitKiosk = vi.fn<(by: string) => void>();
  const controls: ShellControls = { exitKiosk, updateStatus: () => browserModeShell('9.9.9').updateStatus() };
  ({ dispatcher } = createOfficeServices(store, testConfig(), clock, null, { controls }));
  window = { name: 'kiosk window' };
  sessions = new WindowSessions<object>(
    (token) => callerFromToken(store, token, clock.now(), 'ipc'),
    (caller) => void dispatcher.dispatch('auth.signOut', {}, caller),
  );
  const now = clock.now();
  bossId = store.staff.insert('Ibu Kepala', 'supervisor', await hashPin('482915'), now);
  mariaId = store.staff.insert('Maria', 'counter', await hashPin('604172'), now);
});

afterEach(() => {
  store.close();
  dir.remove();
});

/** One IPC call from the kiosk window, as the bridge makes it. */
async function fromKiosk(method: string, input: unknown) {
  const caller = sessions.callerFor(window, kioskWindow, clock.now());
  return sessions.afterCall(window, method, await dispatcher.dispatch(method, input, caller), clock.now());
}

/** The supervisor signs in with the right PIN in the kiosk window. */
async function bossSignsIn(): Promise<void> {
  expect(await fromKiosk('auth.signIn', { staffId: bossId, counter: null, pin: '482915' })).toMatchObject({ ok: true });
}

/** Three wrong PINs at the kiosk door: the ones it lets through without slowing down. */
async function threeWrongPins(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    expect(await fromKiosk('auth.signIn', { staffId: bossId, counter: null, pin: '111222' })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
  }
}

describe('the supervisor at the kiosk touchscreen', () => {
  it('signs in with the PIN in the kiosk window; the window then acts as that supervisor, and the page never holds the token', async () => {
    expect(await fromKiosk('settings.get', {})).toMatchObject({ ok: false, status: 403 });
    const signedIn = await fromKiosk('auth.signIn', { staffId: bossId, counter: null, pin: '482915' });
    expect(signedIn).toMatchObject({ ok: true, result: { token: '', session: { role: 'supervisor', staffName: 'Ibu Kepala' } } });
    expect(await fromKiosk('settings.get', {})).toMatchObject({ ok: true });
    expect(await fromKiosk('auth.status', {})).toMatchObject({ ok: true, result: { session: { role: 'supervisor', staffName: 'Ibu Kepala' } } });
  });

  it('leaves kiosk mode only for that supervisor, in the window itself, never from the LAN', async () => {
    expect(await fromKiosk('kiosk.exit', {})).toMatchObject({ ok: false, status: 403, error: { code: 'forbidden' } });
    await bossSignsIn();
    expect(await dispatcher.dispatch('kiosk.exit', {}, { role: 'supervisor', via: 'lan', local: false })).toMatchObject({ ok: false, status: 403 });
    expect(exitKiosk).not.toHaveBeenCalled();
    expect(await fromKiosk('kiosk.exit', {})).toEqual({ ok: true, result: { exiting: true } });
    expect(exitKiosk).toHaveBeenCalledWith('Ibu Kepala');
    expect(store.db.prepare("SELECT actor FROM audit_log WHERE action = 'kiosk.exit'").all()).toEqual([{ actor: 'Ibu Kepala' }]);
  });

  it('signs the supervisor out after three minutes without a touch, and ends the session in the store', async () => {
    await bossSignsIn();
    clock.advance(2);
    sessions.noteInput(window, clock.now());
    clock.set(clock.now() + WINDOW_SESSION_IDLE_MS - 1000);
    expect(await fromKiosk('settings.get', {})).toMatchObject({ ok: true });
    clock.set(clock.now() + 1000);
    expect(await fromKiosk('settings.get', {})).toMatchObject({ ok: false, status: 403 });
    expect(await fromKiosk('auth.status', {})).toMatchObject({ ok: true, result: { session: null } });
    expect(store.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'signout'").get()).toEqual({ n: 1 });
  });

  it('signs out on request, and holds no counter session (a counter is not served from the kiosk window)', async () => {
    await fromKiosk('auth.signIn', { staffId: bossId, counter: null, pin: '482915' });
    expect(await fromKiosk('auth.signOut', {})).toMatchObject({ ok: true });
    expect(await fromKiosk('settings.get', {})).toMatchObject({ ok: false, status: 403 });
    const counter = await fromKiosk('auth.signIn', { staffId: mariaId, counter: 1, pin: '604172' });
    expect(counter).toMatchObject({ ok: true, result: { session: { role: 'counter' } } });
    expect(await fromKiosk('counters.callNext', { counter: 1 })).toMatchObject({ ok: false, status: 403 });
  });

  it("never counts wrong PINs at the kiosk towards the supervisor's account, so a visitor cannot lock the office out", async () => {
    await threeWrongPins();
    expect(store.signinGuards.get(bossId)).toEqual({ failures: 0, windowStartedAt: null, lockedUntil: null });
    // The LAN sign-in is untouched: the account is not locked and has all its attempts.
    const lan = await dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: null, pin: '000111' }, { role: null, via: 'lan', source: '10.0.0.2' });
    expect(lan).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(store.signinGuards.get(bossId).failures).toBe(1);
  });

  it('slows the kiosk door after three wrong PINs, longer each time, without ever locking it', async () => {
    await threeWrongPins();
    // Three wrong PINs were free; the next try waits 30 s (even the right PIN), the one after 60 s.
    expect(await fromKiosk('auth.signIn', { staffId: bossId, counter: null, pin: '482915' })).toMatchObject({
      ok: false,
      status: 429,
      error: { code: 'locked', params: { retryAfterSeconds: 30 } },
    });
    clock.set(clock.now() + 30_000);
    expect(await fromKiosk('auth.signIn', { staffId: bossId, counter: null, pin: '111222' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_pin', params: { retryAfterSeconds: 60 } },
    });
    clock.set(clock.now() + 59_000);
    expect(await fromKiosk('auth.signIn', { staffId: bossId, counter: null, pin: '482915' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    clock.set(clock.now() + 1_000);
    expect(await fromKiosk('auth.signIn', { staffId: bossId, counter: null, pin: '482915' })).toMatchObject({ ok: true });
  });

  it('reports the update status to supervisors only', async () => {
    expect(await dispatcher.dispatch('update.status', {}, { role: 'supervisor', via: 'test' })).toMatchObject({ ok: true, result: { state: 'disabled', currentVersion: '9.9.9' } });
    expect(await dispatcher.dispatch('update.status', {}, kioskWindow)).toMatchObject({ ok: false, status: 403 });
  });
});
