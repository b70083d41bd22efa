import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../../src/main/api/dispatcher';
import { hashPin } from '../../../src/main/auth/pinHash';
import { createOfficeServices } from '../../../src/main/office';
import { browserModeShell, type ShellControls } from '../../../src/main/shell/shellControls';
import { Store } from '../../../src/main/store/store';
import { FakeClock, MONDAY_9AM_KUPANG } from '../../helpers/fakeClock';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfig } from '../../helpers/testConfig';

const dir = makeTempDir();
const store = Store.open(dir.path);
afterAll(() => {
  store.close();
  dir.remove();
});
const clock = new FakeClock(MONDAY_9AM_KUPANG);
const exitKiosk = vi.fn();
const controls: ShellControls = { exitKiosk, updateStatus: () => browserModeShell('9.9.9').updateStatus() };
const { dispatcher } = createOfficeServices(store, testConfig(), clock, null, { controls });
const window: Caller = { role: 'kiosk', via: 'ipc', local: true, source: 'ipc:kiosk' };
let bossId: number;
let mariaId: number;

describe('kiosk.exit', () => {
  it('leaves kiosk mode only with a supervisor PIN, typed on the PC itself', async () => {
    const now = clock.now();
    bossId = store.staff.insert('Ibu Kepala', 'supervisor', await hashPin('482915'), now);
    mariaId = store.staff.insert('Maria', 'counter', await hashPin('604172'), now);

    expect(await dispatcher.dispatch('kiosk.exit', { staffId: bossId, pin: '482915' }, { role: 'kiosk', via: 'lan' })).toMatchObject({ ok: false, status: 403 });
    expect(await dispatcher.dispatch('kiosk.exit', { staffId: bossId, pin: '482915' }, { role: 'counter', counter: 1, via: 'ipc' })).toMatchObject({
      ok: false,
      status: 403,
    });
    // a counter account cannot leave kiosk mode, whatever its PIN
    expect(await dispatcher.dispatch('kiosk.exit', { staffId: mariaId, pin: '604172' }, window)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(exitKiosk).not.toHaveBeenCalled();

    expect(await dispatcher.dispatch('kiosk.exit', { staffId: bossId, pin: '482915' }, window)).toEqual({ ok: true, result: { exiting: true } });
    expect(exitKiosk).toHaveBeenCalledWith('Ibu Kepala');
  });

  it("counts wrong PINs towards the supervisor account's lockout, shared with the sign-in", async () => {
    clock.advance(16); // the refused counter account above slowed this window; start afresh
    const signIn = (source: string) => dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: null, pin: '111222' }, { role: null, via: 'lan', source });
    // Two wrong PINs here, three on the LAN from elsewhere: the account is locked for both doors.
    expect(await dispatcher.dispatch('kiosk.exit', { staffId: bossId, pin: '111222' }, window)).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await dispatcher.dispatch('kiosk.exit', { staffId: bossId, pin: '111222' }, window)).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await signIn('10.0.0.7')).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await signIn('10.0.0.8')).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(await signIn('10.0.0.9')).toMatchObject({ ok: false, status: 429, error: { params: { attemptsLeft: 0 } } });
    clock.advance(1);
    expect(await dispatcher.dispatch('kiosk.exit', { staffId: bossId, pin: '482915' }, window)).toMatchObject({ ok: false, error: { code: 'locked' } });
    clock.advance(5);
    expect(await dispatcher.dispatch('kiosk.exit', { staffId: bossId, pin: '482915' }, window)).toMatchObject({ ok: true });
  });

  it('locks the kiosk window itself after four wrong PINs, like any other source', async () => {
    clock.advance(16);
    for (let i = 0; i < 3; i++) {
      expect(await dispatcher.dispatch('kiosk.exit', { staffId: bossId, pin: '111222' }, window)).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
      clock.advance(1);
    }
    expect(await dispatcher.dispatch('kiosk.exit', { staffId: bossId, pin: '111222' }, window)).toMatchObject({
      ok: false,
      status: 429,
      error: { params: { retryAfterSeconds: 15 * 60 } },
    });
    // The account is not locked: a supervisor still signs in on the LAN.
    expect(await dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: null, pin: '482915' }, { role: null, via: 'lan', source: '10.0.0.2' })).toMatchObject({ ok: true });
  });

  it('reports the update status to supervisors only', async () => {
    expect(await dispatcher.dispatch('update.status', {}, { role: 'supervisor', via: 'test' })).toMatchObject({ ok: true, result: { state: 'disabled', currentVersion: '9.9.9' } });
    expect(await dispatcher.dispatch('update.status', {}, window)).toMatchObject({ ok: false, status: 403 });
  });
});
