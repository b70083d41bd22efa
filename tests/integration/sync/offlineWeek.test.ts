import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import type { SyncClient } from '../../../src/main/sync/syncClient';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { FaultProxy } from './faultProxy';
import { kioskCounters, officeWork, syncClientFor } from './kioskSync';

describe.each(BACKENDS)('an offline week on %s', (backend) => {
  let city: CityServerHarness | undefined;
  let proxy: FaultProxy | undefined;
  let h: OfficeHarness | undefined;
  let sync: SyncClient | undefined;
  afterEach(async () => {
    await sync?.close();
    await proxy?.close();
    await city?.close();
    h?.close();
  });

  it('keeps counting for seven days without network, reports why, then catches up as soon as the server answers', async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('van', 'Mobil Pelayanan Keliling');
    proxy = await new FaultProxy(city.url).start();
    h = new OfficeHarness();
    sync = syncClientFor(h);
    await sync.enrol({ serverUrl: proxy.url, code: await city.enrolmentCode('van') });
    proxy.offline = true;
    sync.start();
    for (let day = 0; day < 7; day++) {
      h.openCounters(1, 2, 3);
      for (let round = 0; round < 15; round++) officeWork(h, round + day);
      h.clock.advance(24 * 60);
    }
    h.openCounters(1);
    h.issue('KTP');
    city.nowMs = h.clock.now();
    // The client has tried and met the dead network.
    await vi.waitFor(() => expect(sync!.status().lastError?.code).toBe('network'), { timeout: 5_000, interval: 25 });
    const offline = sync.status();
    expect(offline.state).toMatch(/offline|waiting_retry|pushing/);
    expect(offline.rowsPending).toBeGreaterThan(100);
    expect(offline.lastError?.code).toBe('network');
    expect(offline.lastError?.pesan).toMatch(/tidak dapat dihubungi/);

    proxy.offline = false;
    // The probe notices the network is back and the push follows without anyone pressing a button.
    await vi.waitFor(() => expect(sync!.status().rowsPending).toBe(0), { timeout: 5_000, interval: 25 });
    await sync.close();
    const after = sync.status();
    expect(after.rowsPending).toBe(0);
    expect(after.lastError).toBeNull();
    expect(after.lastSuccessAt).not.toBeNull();
    const kiosk = kioskCounters(h);
    expect(new Set(kiosk.map((r) => r.date)).size).toBe(8);
    expect(await city.counters(after.replicaId)).toEqual(kiosk);
  }, 60_000);
});
