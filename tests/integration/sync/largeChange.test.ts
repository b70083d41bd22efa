import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import type { SyncClient } from '../../../src/main/sync/syncClient';
import { SYNC_LIMITS } from '../../../src/shared/sync/limits';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { FaultProxy } from './faultProxy';
import { daysBeforeEnrolment, FAST, kioskCounters, oneLargeChange, syncClientFor } from './kioskSync';

/** The README's demo office: `npm run seed -- --days 30` settles a month of ratings as one change of 2,944 rows. */
describe.each(BACKENDS)('one change larger than a batch on %s', (backend) => {
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

  it('pushes a 3,000-row change completely in batches of 500, acknowledged only once its last part was accepted', async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('dukcapil', 'Dinas Dukcapil');
    proxy = await new FaultProxy(city.url).start();
    h = new OfficeHarness();
    sync = syncClientFor(h, { ...FAST, rowsPerBatch: SYNC_LIMITS.clientRowsPerBatch });
    await sync.enrol({ serverUrl: proxy.url, code: await city.enrolmentCode('dukcapil') });
    h.openCounters(1);
    h.issue('KTP');
    oneLargeChange(h, 3000);
    h.issue('KK');
    // The month before the enrolment is history the supervisor confirms, or it would wait for that word.
    sync.confirmDates({ dates: daysBeforeEnrolment(h, sync.status().clock.enrolledOn ?? ''), action: 'send' }, 'supervisor');
    const pending = sync.status().rowsPending;
    expect(pending).toBeGreaterThan(3000);

    // The network goes away after the third batch, in the middle of the large change.
    const before = proxy.seen.requests;
    proxy.cutAfter = before + 3;
    const cut = await sync.pushNow();
    expect(cut).toMatchObject({ ok: false, pushedRows: 1500, error: { code: 'network', where: 'network', action: 'wait' } });
    expect(cut.error?.rows?.count).toBe(500);
    // Parts already accepted are in the city (each row stands on its own), but the change is not acknowledged.
    expect((await city.counters(sync.status().replicaId)).length).toBe(1500);
    expect(sync.status().rowsPending).toBeGreaterThanOrEqual(3000);

    proxy.cutAfter = null;
    const rest = await sync.pushNow();
    expect(rest).toMatchObject({ ok: true, rowsPending: 0, rowsSetAside: 0, error: null });
    // It went on from the part where it stopped, not from the start of the change.
    expect(rest.pushedRows).toBe(pending - 1500);
    expect(proxy.seen.requests - before).toBe(3 + 1 + Math.ceil((pending - 1500) / 500));
    const after = sync.status();
    expect(after).toMatchObject({ rowsPending: 0, lastError: null, setAside: { count: 0, rows: [] } });
    expect(await city.counters(after.replicaId)).toEqual(kioskCounters(h));
  }, 60_000);

  it('writes a 3,000-row change into one USB file that the city imports whole', async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('test-office', 'Mobil Pelayanan Keliling');
    h = new OfficeHarness();
    await h.callAsync('sync.enrol', { serverUrl: city.url, code: await city.enrolmentCode('test-office') });
    oneLargeChange(h, 3000);
    const { clock } = await h.callAsync('sync.status', {});
    await h.callAsync('sync.confirmDates', { dates: daysBeforeEnrolment(h, clock.enrolledOn ?? ''), action: 'send' });
    const file = await h.callAsync('sync.exportFile', {});
    expect(file.rows).toBe(3000);
    const imported = await city.importFile(file.content);
    expect(imported.status).toBe(200);
    const status = await h.callAsync('sync.status', {});
    expect(await city.counters(status.replicaId)).toEqual(kioskCounters(h));
  }, 60_000);
});
