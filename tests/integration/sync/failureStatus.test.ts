import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { kioskCounters } from './kioskSync';

describe.each(BACKENDS)('failures on the kiosk itself, on %s', (backend) => {
  let city: CityServerHarness | undefined;
  let h: OfficeHarness | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await city?.close();
    h?.close();
  });

  it('shows a local exception in the push loop on sync.status, with the rows it concerns and what to do, and pushNow counts what waits', async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('test-office', 'Dinas Dukcapil');
    h = new OfficeHarness();
    await h.callAsync('sync.enrol', { serverUrl: city.url, code: await city.enrolmentCode('test-office') });
    h.openCounters(1);
    h.issue('KTP');
    h.issue('KTP');
    const waiting = (await h.callAsync('sync.status', {})).rowsPending;
    expect(waiting).toBeGreaterThan(0);

    // The disk refuses the acknowledgement (an I/O error), after the city accepted the batch.
    const set = h.store.meta.set.bind(h.store.meta);
    const spy = vi.spyOn(h.store.meta, 'set').mockImplementation((key, value) => {
      if (key === 'sync.acked_seq') throw new Error('SQLITE_IOERR: disk I/O error');
      set(key, value);
    });
    const pushed = await h.callAsync('sync.pushNow', {});
    expect(pushed).toMatchObject({ ok: false, rowsPending: waiting, error: { code: 'kiosk_failure', where: 'kiosk', action: 'restart_loket', status: null } });
    const status = await h.callAsync('sync.status', {});
    expect(status.lastError).toMatchObject({ code: 'kiosk_failure', where: 'kiosk', action: 'restart_loket', rows: { count: waiting, from: '2026-11-30', to: '2026-11-30' } });
    expect(status.lastError?.message).toMatch(/on this kiosk.*disk I\/O error/);
    expect(status.lastError?.pesan).toMatch(/gagal di kios ini/);
    expect(status.state).toBe('waiting_retry');
    expect(status.rowsPending).toBe(waiting);

    // Not even the failure can be saved: it is still shown, from memory.
    spy.mockImplementation(() => {
      throw new Error('SQLITE_FULL: database or disk is full');
    });
    await h.callAsync('sync.pushNow', {});
    expect((await h.callAsync('sync.status', {})).lastError?.message).toMatch(/disk is full/);

    spy.mockRestore();
    expect(await h.callAsync('sync.pushNow', {})).toMatchObject({ ok: true, rowsPending: 0, error: null });
    expect((await h.callAsync('sync.status', {})).lastError).toBeNull();
    expect(await city.counters((await h.callAsync('sync.status', {})).replicaId)).toEqual(kioskCounters(h));
  }, 30_000);
});
