import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileSecretStore } from '../../../src/main/sync/secretStore';
import { SYNC_PATHS } from '../../../src/shared/sync/protocol';
import type { SyncClient } from '../../../src/main/sync/syncClient';
import { OfficeHarness } from '../../helpers/officeHarness';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { FaultProxy, NO_FAULTS } from './faultProxy';
import { kioskCounters, officeWork, syncClientFor } from './kioskSync';

/**
 * Enrolment and token rotation through a network that duplicates every request (the second copy later)
 * and loses replies: the kiosk never ends up with a token the city has already replaced.
 */
describe.each(BACKENDS)('enrolment and rotation through a duplicating network on %s', (backend) => {
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

  it('keeps pushing after a duplicated enrolment and a duplicated, then lost, rotation', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    city = await CityServerHarness.start(backend);
    await city.createOffice('dukcapil', 'Dinas Dukcapil');
    proxy = await new FaultProxy(city.url, 20261202).start();
    h = new OfficeHarness();
    h.openCounters(1, 2, 3);
    sync = syncClientFor(h);
    proxy.rates = { ...NO_FAULTS, duplicate: 1, maxDelayMs: 50 };
    const enrolment = await sync.enrol({ serverUrl: proxy.url, code: await city.enrolmentCode('dukcapil'), label: 'Kios uji' });
    await proxy.settle();
    for (let round = 0; round < 10; round++) officeWork(h, round);
    expect((await sync.pushNow()).error).toBeNull();

    const secrets = new FileSecretStore(h.dir.path);
    const enrolledToken = secrets.read()?.token;
    await city.admin(`/admin/kiosks/${enrolment.kioskId}/rotate`, {});
    // The rotation's replies are lost (the city applied it, twice): the kiosk keeps its rotation and the old token.
    proxy.loseRepliesTo.add(SYNC_PATHS.rotate);
    for (let round = 10; round < 15; round++) officeWork(h, round);
    expect((await sync.pushNow()).error).toBeNull();
    await proxy.settle();
    const pending = secrets.read()?.pendingRotation;
    expect(pending).toBeDefined();
    expect(secrets.read()?.token).toBe(enrolledToken);

    // The city still asks; the kiosk sends the same rotation again and now hears the answer.
    proxy.loseRepliesTo.clear();
    for (let round = 15; round < 20; round++) officeWork(h, round);
    expect((await sync.pushNow()).error).toBeNull();
    await proxy.settle();
    const rotated = secrets.read();
    expect(rotated?.token).toBe(pending?.token);
    expect(rotated?.pendingRotation).toBeUndefined();

    // The new token is in use (the city stopped asking), and every count arrived.
    for (let round = 20; round < 25; round++) officeWork(h, round);
    expect((await sync.pushNow()).error).toBeNull();
    await proxy.settle();
    expect(sync.status().rowsPending).toBe(0);
    expect(await city.counters(sync.status().replicaId)).toEqual(kioskCounters(h));
    const old = await city.push({ token: enrolledToken ?? '', kioskId: '', replicaId: sync.status().replicaId, privateKeyPem: '' }, [], 1);
    expect(old.status).toBe(401);
  }, 60_000);
});
