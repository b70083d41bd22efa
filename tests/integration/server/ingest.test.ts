import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countersRepo, type CounterValue } from '../../../src/server/store/countersRepo';
import { SYNC_PATHS } from '../../../src/shared/sync/protocol';
import { BACKENDS, CityServerHarness, type TestKiosk } from './cityServerHarness';

const D = '2026-11-30';
const row = (metric: string, value: number, date = D) => ({ date, metric, value });

describe.each(BACKENDS)('push ingest on %s', (backend) => {
  let city: CityServerHarness;
  let kiosk: TestKiosk;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('dukcapil', 'Dinas Dukcapil Kota Kupang');
  }, 30_000);
  afterAll(() => city.close());

  const fresh = async () => {
    kiosk = await city.enrol('dukcapil');
    return kiosk;
  };

  it('keeps the greater value per (replica, date, metric); duplicates and stale copies change nothing', async () => {
    await fresh();
    let r = await city.push(kiosk, [row('tickets.issued.KTP.regular', 5), row('wait.count.KTP', 3)], 10);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ acknowledgedThrough: 10, applied: 2, unchanged: 0, olderCount: 0 });
    r = await city.push(kiosk, [row('tickets.issued.KTP.regular', 5), row('wait.count.KTP', 3)], 10);
    expect(r.json).toMatchObject({ applied: 0, unchanged: 2 });
    r = await city.push(kiosk, [row('tickets.issued.KTP.regular', 8)], 20);
    expect(r.json).toMatchObject({ applied: 1 });
    // A delayed copy of the first batch (read before change 20) arrives late: harmless, and listed.
    r = await city.push(kiosk, [row('tickets.issued.KTP.regular', 5)], 10);
    expect(r.status).toBe(200);
    expect(r.json.olderCount).toBe(1);
    expect(r.json.older[0]).toEqual({ date: D, metric: 'tickets.issued.KTP.regular', value: 5, stored: 8 });
    expect(await city.counters(kiosk.replicaId)).toEqual([row('tickets.issued.KTP.regular', 8), row('wait.count.KTP', 3)]);
  });

  it('refuses a new batch whose counts went backwards, storing nothing from it', async () => {
    await fresh();
    await city.push(kiosk, [row('tickets.served.KTP.regular', 9)], 30);
    const r = await city.push(kiosk, [row('tickets.served.KTP.regular', 4), row('tickets.issued.KK.lansia', 2)], 31);
    expect(r.status).toBe(409);
    expect(r.json.error.code).toBe('counts_went_backwards');
    expect(r.json.error.rows).toEqual([{ date: D, metric: 'tickets.served.KTP.regular', value: 4, stored: 9 }]);
    expect(r.json.error.pesan).toMatch(/dipulihkan/);
    expect(await city.counters(kiosk.replicaId)).toEqual([row('tickets.served.KTP.regular', 9)]);
  });

  it.each([
    ['an unknown metric name', [row('tickets.stolen.KTP.regular', 1)], 422, 'invalid_rows'],
    ['a lower-case service code', [row('tickets.issued.ktp.regular', 1)], 422, 'invalid_rows'],
    ['an SKM score of 5', [row('skm.answers.KTP.U1.5', 1)], 422, 'invalid_rows'],
    ['a negative value', [row('wait.count.KTP', -1)], 422, 'invalid_rows'],
    ['a fractional value', [row('wait.count.KTP', 1.5)], 422, 'invalid_rows'],
    ['an impossible date', [row('wait.count.KTP', 1, '2026-02-30')], 422, 'invalid_rows'],
    ['a date far in the future', [row('wait.count.KTP', 1, '2027-03-01')], 422, 'date_in_future'],
    ['the same row twice', [row('wait.count.KTP', 1), row('wait.count.KTP', 2)], 422, 'invalid_rows'],
  ])('refuses %s with a reason, storing nothing from the batch', async (_name, rows, status, code) => {
    await fresh();
    const r = await city.push(kiosk, [row('tickets.issued.KTP.regular', 1), ...rows], 5);
    expect(r.status).toBe(status);
    expect(r.json.error.code).toBe(code);
    expect(r.json.error.message.length).toBeGreaterThan(10);
    expect(await city.counters(kiosk.replicaId)).toEqual([]);
  });

  it('refuses a kiosk clock that jumped ahead, a wrong protocol version, a malformed body and another replica id', async () => {
    await fresh();
    const ahead = await city.push(kiosk, [row('wait.count.KTP', 1)], 1, city.nowMs + 3 * 86_400_000);
    expect([ahead.status, ahead.json.error.code]).toEqual([422, 'clock_ahead']);
    const v2 = await city.post(SYNC_PATHS.push, { protocol: 2, replicaId: kiosk.replicaId, through: 1, sentAt: city.nowMs, rows: [] }, kiosk.token);
    expect([v2.status, v2.json.error.code]).toEqual([400, 'unsupported_protocol']);
    const junk = await city.post(SYNC_PATHS.push, '{"protocol":1,', kiosk.token);
    expect([junk.status, junk.json.error.code]).toEqual([400, 'bad_request']);
    const other = await city.post(SYNC_PATHS.push, { protocol: 1, replicaId: crypto.randomUUID(), through: 1, sentAt: city.nowMs, rows: [row('wait.count.KTP', 1)] }, kiosk.token);
    expect([other.status, other.json.error.code]).toEqual([409, 'replica_mismatch']);
    expect(await city.counters(kiosk.replicaId)).toEqual([]);
  });

  it('answers 413 to batches over the row or byte limit', async () => {
    await fresh();
    const many = Array.from({ length: 1001 }, (_, i) => row(`wait.count.S${i}`, 1));
    const tooMany = await city.push(kiosk, many, 1);
    expect([tooMany.status, tooMany.json.error.code]).toEqual([413, 'payload_too_large']);
    const big = await city.post(SYNC_PATHS.push, { protocol: 1, replicaId: kiosk.replicaId, through: 1, sentAt: city.nowMs, rows: [], pad: 'x'.repeat(300_000) }, kiosk.token);
    expect([big.status, big.json.error.code]).toEqual([413, 'payload_too_large']);
    expect(await city.counters(kiosk.replicaId)).toEqual([]);
  });

  it('tells an unknown token to re-enrol', async () => {
    await fresh();
    const r = await city.push({ ...kiosk, token: 'x'.repeat(43) }, [row('wait.count.KTP', 1)], 1);
    expect([r.status, r.json.error.code]).toEqual([401, 'reenrol_required']);
    const none = await city.post(SYNC_PATHS.push, { protocol: 1 });
    expect(none.status).toBe(401);
  });
});

/**
 * A push that waits for another push of its kiosk (a duplicate or a retry arriving together) must compare
 * with what that push stored, as if they had come one after the other. Only PostgreSQL has the concurrency.
 */
describe('pushes of one kiosk arriving together on postgres', () => {
  let city: CityServerHarness;

  beforeAll(async () => {
    city = await CityServerHarness.start('postgres');
    await city.createOffice('dukcapil', 'Dinas Dukcapil Kota Kupang');
  }, 30_000);
  afterAll(() => city.close());

  /** Stores `rows` at `through` in a transaction kept open until `waiting` pushes wait for the kiosk; returns the push's answers. */
  async function behindAnotherPush(kiosk: TestKiosk, rows: CounterValue[], through: number, waiting: () => Promise<unknown>[]) {
    let answers: Promise<unknown>[] = [];
    await city.db.transaction(async (tx) => {
      await countersRepo.applyBatch(tx, kiosk.kioskId, kiosk.replicaId, through, rows, new Date(city.nowMs));
      answers = waiting();
      await expect.poll(() => lockWaits(city), { timeout: 5000 }).toBe(answers.length);
    });
    return Promise.all(answers);
  }

  it('lists a delayed copy as older instead of unchanged', async () => {
    const kiosk = await city.enrol('dukcapil');
    expect((await city.push(kiosk, [row('wait.count.KTP', 5)], 1)).status).toBe(200);
    const [late] = (await behindAnotherPush(kiosk, [row('wait.count.KTP', 9)], 2, () => [city.push(kiosk, [row('wait.count.KTP', 5)], 1)])) as PushAnswer[];
    expect(late?.status).toBe(200);
    expect(late?.json).toMatchObject({ applied: 0, unchanged: 0, olderCount: 1, older: [{ date: D, metric: 'wait.count.KTP', value: 5, stored: 9 }] });
  });

  it('refuses counts that went backwards behind a newer push, storing nothing from the batch', async () => {
    const kiosk = await city.enrol('dukcapil');
    const [restored] = (await behindAnotherPush(kiosk, [row('wait.count.KTP', 9)], 2, () => [
      city.push(kiosk, [row('wait.count.KTP', 5), row('wait.count.KK', 1)], 3),
    ])) as PushAnswer[];
    expect([restored?.status, restored?.json.error.code]).toEqual([409, 'counts_went_backwards']);
    expect(await city.counters(kiosk.replicaId)).toEqual([row('wait.count.KTP', 9)]);
  });

  it('counts every copy of a duplicated push once as applied and then as unchanged', async () => {
    const kiosk = await city.enrol('dukcapil');
    const copies = (await behindAnotherPush(kiosk, [row('wait.count.KTP', 1)], 1, () =>
      [1, 2, 3].map(() => city.push(kiosk, [row('wait.count.KTP', 4), row('wait.count.KK', 2)], 2)),
    )) as PushAnswer[];
    expect(copies.map((c) => c.status)).toEqual([200, 200, 200]);
    expect(copies.map((c) => c.json.applied).sort()).toEqual([0, 0, 2]);
    expect(copies.map((c) => c.json.unchanged).sort()).toEqual([0, 2, 2]);
    expect(await city.counters(kiosk.replicaId)).toEqual([row('wait.count.KK', 2), row('wait.count.KTP', 4)]);
  });
});

type PushAnswer = Awaited<ReturnType<CityServerHarness['push']>>;

async function lockWaits(city: CityServerHarness): Promise<number> {
  const [r] = await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
  return r?.n ?? 0;
}
