import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncClient } from '../../../src/main/sync/syncClient';
import { OfficeHarness } from '../../helpers/officeHarness';
import { CityServerHarness } from '../server/cityServerHarness';
import { FaultProxy } from './faultProxy';
import { kioskCounters, syncClientFor } from './kioskSync';

/** A value no office's day can hold (a damaged counter, an old bug) never leaves the kiosk: it waits aside, the rest goes. */
describe('rows above their daily bound, on the kiosk', () => {
  let city: CityServerHarness | undefined;
  let proxy: FaultProxy | undefined;
  let h: OfficeHarness | undefined;
  let sync: SyncClient | undefined;
  afterEach(async () => {
    await sync?.close();
    await proxy?.close();
    await city?.close();
    h?.close();
    vi.restoreAllMocks();
  });

  it('are kept aside with the bound they exceed and never sent; every other row arrives in one push', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    city = await CityServerHarness.start('pglite');
    await city.createOffice('dukcapil', 'Dinas Dukcapil');
    proxy = await new FaultProxy(city.url).start();
    h = new OfficeHarness();
    sync = syncClientFor(h);
    await sync.enrol({ serverUrl: proxy.url, code: await city.enrolmentCode('dukcapil') });
    const deltas = [
      { serviceDate: '2026-11-30', metric: 'tickets.issued.KTP.regular', delta: 40 },
      { serviceDate: '2026-11-30', metric: 'skm.answers.KTP.U1.4', delta: 3_000_000_000_000_000 },
      { serviceDate: '2026-11-30', metric: 'tickets.issued.KK.regular', delta: 12 },
    ];
    h.store.transaction(() => h!.store.daily.add(deltas));
    const requestsBefore = proxy.seen.requests;

    const pushed = await sync.pushNow();
    expect(pushed).toMatchObject({ ok: true, rowsPending: 0, rowsSetAside: 1, error: null });
    // One push and no refusal round trip: the row was never offered to the city.
    expect(proxy.seen.requests - requestsBefore).toBe(1);
    const status = sync.status();
    expect(status.setAside.rows).toEqual([
      expect.objectContaining({ date: '2026-11-30', metric: 'skm.answers.KTP.U1.4', reason: expect.stringMatching(/exceeds 43200.*not sent/) }),
    ]);
    expect(await city.counters(status.replicaId)).toEqual(kioskCounters(h).filter((r) => r.metric !== 'skm.answers.KTP.U1.4'));
  }, 30_000);
});
