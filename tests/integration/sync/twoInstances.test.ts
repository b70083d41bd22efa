import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CityServer } from '../../../src/server/cityServer';
import { FileSecretStore } from '../../../src/main/sync/secretStore';
import type { SyncClient } from '../../../src/main/sync/syncClient';
import { SYNC_PATHS } from '../../../src/shared/sync/protocol';
import { OfficeHarness } from '../../helpers/officeHarness';
import { CityServerHarness } from '../server/cityServerHarness';
import { secondConnection, startInstance } from '../server/instances';
import { FaultProxy, NO_FAULTS } from './faultProxy';
import { kioskCounters, syncClientFor, workThenPush, workWhilePushing } from './kioskSync';
import { RoundRobinProxy } from './roundRobinProxy';

/**
 * Issue #13 point 5: several city server instances behind a load balancer share one PostgreSQL. A kiosk
 * behind a faulty network reaches two instances in turn (FaultProxy → RoundRobinProxy → instance A or B),
 * so retries and duplicated copies of one request land on different instances.
 */
describe('two city server instances behind a round-robin balancer on postgres', () => {
  let city: CityServerHarness | undefined;
  let other: { server: CityServer; close(): Promise<void> } | undefined;
  let balancer: RoundRobinProxy | undefined;
  let proxy: FaultProxy | undefined;
  let h: OfficeHarness | undefined;
  let sync: SyncClient | undefined;
  afterEach(async () => {
    await sync?.close();
    await proxy?.close();
    await balancer?.close();
    await other?.close();
    await city?.close();
    h?.close();
    vi.restoreAllMocks();
  });

  /** Instance A (the harness, where the administrator signs in) and instance B, each with its own pool, and a kiosk behind both. */
  async function kioskBehindTwoInstances(seed: number): Promise<{ city: CityServerHarness; balancer: RoundRobinProxy; proxy: FaultProxy; h: OfficeHarness; sync: SyncClient }> {
    city = await CityServerHarness.start('postgres');
    await city.createOffice('dukcapil', 'Dinas Dukcapil');
    const connection = await secondConnection('postgres', city.db);
    const server = await startInstance(connection.db, { now: () => city?.nowMs ?? Date.now() });
    other = {
      server,
      async close() {
        await server.close();
        await connection.close();
      },
    };
    balancer = await new RoundRobinProxy([city.url, server.url]).start();
    proxy = await new FaultProxy(balancer.url, seed).start();
    h = new OfficeHarness();
    h.openCounters(1, 2, 3);
    sync = syncClientFor(h);
    return { city, balancer, proxy, h, sync };
  }

  it('converges to the kiosk totals although requests are dropped, duplicated, delayed and refused while tickets are issued', async () => {
    const { city, balancer, proxy, h, sync } = await kioskBehindTwoInstances(20261203);
    await sync.enrol({ serverUrl: proxy.url, code: await city.enrolmentCode('dukcapil'), label: 'Kios uji' });
    proxy.rates = { drop: 0.15, dropReply: 0.15, duplicate: 0.3, delay: 0.4, unavailable: 0.1, maxDelayMs: 150 };
    sync.start();
    await workWhilePushing(h, 0, 300);
    // The client keeps pushing through the faults until each kind has met it, on both instances.
    const faultsMet = () => {
      expect(proxy.seen.dropped + proxy.seen.droppedReplies).toBeGreaterThan(0);
      expect(proxy.seen.duplicated).toBeGreaterThan(0);
      expect(proxy.seen.delayed).toBeGreaterThan(0);
      expect(proxy.seen.unavailable).toBeGreaterThan(0);
      expect(balancer.count(0, SYNC_PATHS.push)).toBeGreaterThan(10);
      expect(balancer.count(1, SYNC_PATHS.push)).toBeGreaterThan(10);
    };
    await vi.waitFor(faultsMet, { timeout: 20_000, interval: 25 });
    sync.stop();
    await proxy.settle();
    faultsMet();

    // The network heals: whatever is still pending goes in one push round.
    proxy.rates = NO_FAULTS;
    expect((await sync.pushNow()).error).toBeNull();
    await proxy.settle();
    expect(sync.status().rowsPending).toBe(0);
    const kiosk = kioskCounters(h);
    expect(kiosk.length).toBeGreaterThan(20);
    expect(await city.counters(sync.status().replicaId)).toEqual(kiosk);
    const dash = await city.dashboard('2026-11-30', '2026-11-30');
    const issued = kiosk.filter((r) => r.metric.startsWith('tickets.issued.')).reduce((s, r) => s + r.value, 0);
    expect(dash.offices[0].issued).toBe(issued);
  }, 60_000);

  it('keeps pushing after duplicated enrolment and rotation requests land on different instances', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { city, balancer, proxy, h, sync } = await kioskBehindTwoInstances(20261204);
    // Every request arrives twice, the copy a little later and at the other instance.
    proxy.rates = { ...NO_FAULTS, duplicate: 1, maxDelayMs: 50 };
    await sync.enrol({ serverUrl: proxy.url, code: await city.enrolmentCode('dukcapil'), label: 'Kios uji' });
    await proxy.settle();
    expect([balancer.count(0, SYNC_PATHS.enrol), balancer.count(1, SYNC_PATHS.enrol)]).toEqual([1, 1]);
    expect((await workThenPush(h, sync, 0, 10)).error).toBeNull();

    const secrets = new FileSecretStore(h.dir.path);
    const enrolledToken = secrets.read()?.token;
    await city.admin(`/admin/kiosks/${sync.status().kioskId}/rotate`, {});
    // Both copies of the rotation are applied, one on each instance, and their replies lost.
    proxy.loseRepliesTo.add(SYNC_PATHS.rotate);
    expect((await workThenPush(h, sync, 10, 15)).error).toBeNull();
    await proxy.settle();
    const pending = secrets.read()?.pendingRotation;
    expect(pending).toBeDefined();
    expect(secrets.read()?.token).toBe(enrolledToken);

    // The kiosk sends the same rotation again and hears the answer; the new token's first use may land on either instance.
    proxy.loseRepliesTo.clear();
    expect((await workThenPush(h, sync, 15, 20)).error).toBeNull();
    await proxy.settle();
    expect(secrets.read()?.token).toBe(pending?.token);
    expect(balancer.count(0, SYNC_PATHS.rotate)).toBeGreaterThan(0);
    expect(balancer.count(1, SYNC_PATHS.rotate)).toBeGreaterThan(0);

    expect((await workThenPush(h, sync, 20, 25)).error).toBeNull();
    await proxy.settle();
    expect(sync.status().rowsPending).toBe(0);
    expect(await city.counters(sync.status().replicaId)).toEqual(kioskCounters(h));
    const old = await city.push({ token: enrolledToken ?? '', kioskId: '', replicaId: sync.status().replicaId, privateKeyPem: '' }, [], 1);
    expect(old.status).toBe(401);
  }, 60_000);
});
