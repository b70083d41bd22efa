import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import type { SyncClient } from '../../../src/main/sync/syncClient';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { FaultProxy, NO_FAULTS } from './faultProxy';
import { kioskCounters, syncClientFor, workWhilePushing } from './kioskSync';

describe.each(BACKENDS)('sync through a faulty network on %s', (backend) => {
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

  it('converges to the kiosk totals although requests are dropped, duplicated, delayed and reordered while tickets are issued', async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('dukcapil', 'Dinas Dukcapil');
    proxy = await new FaultProxy(city.url, 20261130).start();
    h = new OfficeHarness();
    h.openCounters(1, 2, 3);
    sync = syncClientFor(h);
    await sync.enrol({ serverUrl: proxy.url, code: await city.enrolmentCode('dukcapil'), label: 'Kios uji' });
    proxy.rates = { drop: 0.15, dropReply: 0.15, duplicate: 0.3, delay: 0.4, unavailable: 0.1, maxDelayMs: 150 };
    sync.start();
    // Tickets keep coming while pushes are in flight, so batches are read mid-change.
    await workWhilePushing(h, 0, 300);
    // The client keeps pushing through the faults until each kind has met it.
    const faultsMet = (seen: FaultProxy['seen']) => {
      expect(seen.requests).toBeGreaterThan(25);
      expect(seen.dropped + seen.droppedReplies).toBeGreaterThan(0);
      expect(seen.duplicated).toBeGreaterThan(0);
      expect(seen.delayed).toBeGreaterThan(0);
    };
    await vi.waitFor(() => faultsMet(proxy!.seen), { timeout: 20_000, interval: 25 });
    sync.stop();
    await proxy.settle();
    faultsMet({ ...proxy.seen });

    // The network heals: whatever is still pending goes in one push round.
    proxy.rates = NO_FAULTS;
    const outcome = await sync.pushNow();
    expect(outcome.error).toBeNull();
    await proxy.settle();
    expect(sync.status().rowsPending).toBe(0);
    const kiosk = kioskCounters(h);
    expect(kiosk.length).toBeGreaterThan(20);
    expect(await city.counters(sync.status().replicaId)).toEqual(kiosk);
    const dash = await city.dashboard('2026-11-30', '2026-11-30');
    const issued = kiosk.filter((r) => r.metric.startsWith('tickets.issued.')).reduce((s, r) => s + r.value, 0);
    expect(dash.offices[0].issued).toBe(issued);
    await sync.close();
  }, 60_000);
});
