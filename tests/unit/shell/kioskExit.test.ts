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
const window: Caller = { role: 'kiosk', via: 'ipc', local: true };

describe('kiosk.exit', () => {
  it('leaves kiosk mode only with a supervisor PIN, typed on the PC itself', async () => {
    const now = clock.now();
    store.staff.insert('Ibu Kepala', 'supervisor', await hashPin('482915'), now);
    store.staff.insert('Maria', 'counter', await hashPin('604172'), now);

    expect(await dispatcher.dispatch('kiosk.exit', { pin: '482915' }, { role: 'kiosk', via: 'lan' })).toMatchObject({ ok: false, status: 403 });
    expect(await dispatcher.dispatch('kiosk.exit', { pin: '482915' }, { role: 'counter', counter: 1, via: 'ipc' })).toMatchObject({ ok: false, status: 403 });
    // a counter PIN is not a supervisor PIN
    expect(await dispatcher.dispatch('kiosk.exit', { pin: '604172' }, window)).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    expect(exitKiosk).not.toHaveBeenCalled();

    expect(await dispatcher.dispatch('kiosk.exit', { pin: '482915' }, window)).toEqual({ ok: true, result: { exiting: true } });
    expect(exitKiosk).toHaveBeenCalledWith('Ibu Kepala');
  });

  it('locks after five wrong PINs, sharing the supervisor sign-in lockout', async () => {
    for (let i = 0; i < 4; i++) {
      expect(await dispatcher.dispatch('kiosk.exit', { pin: '111222' }, window)).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
    }
    expect(await dispatcher.dispatch('kiosk.exit', { pin: '111222' }, window)).toMatchObject({ ok: false, status: 429 });
    expect(await dispatcher.dispatch('kiosk.exit', { pin: '482915' }, window)).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await dispatcher.dispatch('auth.signIn', { counter: null, pin: '482915' }, { role: null, via: 'lan' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    clock.advance(6);
    expect(await dispatcher.dispatch('kiosk.exit', { pin: '482915' }, window)).toMatchObject({ ok: true });
  });

  it('reports the update status to supervisors only', async () => {
    expect(await dispatcher.dispatch('update.status', {}, { role: 'supervisor', via: 'test' })).toMatchObject({ ok: true, result: { state: 'disabled', currentVersion: '9.9.9' } });
    expect(await dispatcher.dispatch('update.status', {}, window)).toMatchObject({ ok: false, status: 403 });
  });
});
