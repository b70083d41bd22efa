import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { createSyncClient } from '../../../src/main/sync/createSyncClient';
import { FileSecretStore } from '../../../src/main/sync/secretStore';
import type { SyncClient } from '../../../src/main/sync/syncClient';
import { OfficeHarness } from '../../helpers/officeHarness';
import { CityServerHarness } from '../server/cityServerHarness';
import { FaultProxy } from './faultProxy';
import { FAST, kioskCounters, syncClientFor } from './kioskSync';

const RATING_TABLET: Caller = { role: 'kiosk', via: 'lan', deviceLabel: 'Tablet ruang tunggu' };

/** Waits until `check` holds (polling the state itself); fails with the check after 3 s. */
async function eventually(check: () => Promise<boolean> | boolean): Promise<void> {
  await vi.waitFor(async () => expect(await check()).toBe(true), { timeout: 3_000, interval: 25 });
}

describe('what starts a push', () => {
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

  it('a rating that settles is pushed at once, like a ticket, not at the next periodic push', async () => {
    city = await CityServerHarness.start('pglite');
    await city.createOffice('test-office', 'Dinas Dukcapil');
    h = new OfficeHarness();
    // The office's own wiring, with a periodic push too rare to help.
    sync = createSyncClient(h.store, h.core, h.clock, { secrets: new FileSecretStore(h.dir.path), options: { ...FAST, intervalMs: 3_600_000 } });
    await sync.enrol({ serverUrl: city.url, code: await city.enrolmentCode('test-office') });
    sync.start();
    h.openCounters(1);
    const t = h.issue('KTP');
    h.call('counters.callNext', { counter: 1 });
    h.call('tickets.start', { counter: 1, ticketId: t.id });
    h.call('tickets.finish', { counter: 1, ticketId: t.id });
    h.call('ratings.quick', { face: 'happy', ticketRef: t.label }, RATING_TABLET);
    const replica = sync.status().replicaId;
    await eventually(async () => (await city!.counters(replica)).some((r) => r.metric === 'tickets.served.KTP.regular'));
    // That push has ended: nothing is in flight that could pick up the rating by chance.
    await eventually(() => sync!.status().state === 'idle' && sync!.status().rowsPending === 0);

    // Past the burst window the office's settle timer counts the answer: the push follows within the debounce.
    h.clock.advance(11);
    h.ratings.settle();
    expect(kioskCounters(h).some((r) => r.metric === 'quick.KTP.happy')).toBe(true);
    await eventually(async () => (await city!.counters(replica)).some((r) => r.metric === 'quick.KTP.happy'));
  }, 30_000);

  it('a new enrolment pushes at once instead of waiting out the back-off of the old one', async () => {
    city = await CityServerHarness.start('pglite');
    await city.createOffice('dukcapil', 'Dinas Dukcapil');
    proxy = await new FaultProxy(city.url).start();
    h = new OfficeHarness();
    // After a failure the next try is a minute away.
    sync = syncClientFor(h, { ...FAST, probeMs: 60_000, backoff: { baseMs: 60_000, capMs: 60_000 }, random: () => 0.99 });
    await sync.enrol({ serverUrl: proxy.url, code: await city.enrolmentCode('dukcapil') });
    proxy.offline = true;
    sync.start();
    h.openCounters(1);
    h.issue('KTP');
    await eventually(() => sync!.status().nextAttemptAt !== null);
    expect(sync.status().lastError?.code).toBe('network');

    // The supervisor enrols again (the city gave a new code), straight to the city.
    await sync.enrol({ serverUrl: city.url, code: await city.enrolmentCode('dukcapil') });
    await eventually(() => sync!.status().rowsPending === 0);
    expect(await city.counters(sync.status().replicaId)).toEqual(kioskCounters(h));
  }, 30_000);
});
