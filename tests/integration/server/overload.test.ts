import { afterEach, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../../src/server/config';
import { DatabaseUnavailableError } from '../../../src/server/db/database';
import { CityServerHarness, holdConnection } from './cityServerHarness';

const ROW = [{ date: '2026-11-30', metric: 'tickets.issued.KTP.regular', value: 1 }];

describe('an overloaded city server on PostgreSQL', () => {
  let city: CityServerHarness | undefined;
  afterEach(async () => {
    await city?.close();
    city = undefined;
  });

  it('answers a push that finds no free connection with 503 and Retry-After, never a 500', async () => {
    city = await CityServerHarness.start('postgres', undefined, { maxConnections: 1, maxWaiting: 10, connectTimeoutMs: 300 });
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
    const kiosk = await city.enrol('kel-oebobo');
    const busy = holdConnection(city.db, 1500);
    await busy.held;
    const answer = await city.push(kiosk, ROW, 1);
    expect([answer.status, answer.json.error.code]).toEqual([503, 'unavailable']);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    await busy.released;
    expect((await city.push(kiosk, ROW, 1)).status).toBe(200);
  });

  it('sheds requests beyond its queue at once, each as "unavailable"', async () => {
    city = await CityServerHarness.start('postgres', undefined, { maxConnections: 1, maxWaiting: 2, connectTimeoutMs: 2_000 });
    const busy = holdConnection(city.db, 800);
    await busy.held;
    const started = Date.now();
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => city!.db.query('SELECT 1 AS one')));
    await busy.released;
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused.length).toBe(4);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DatabaseUnavailableError);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('the pool settings', () => {
  it('come from the environment with sane defaults, and a bad value names its variable', () => {
    expect(readServerConfig({}).pool).toEqual({ maxConnections: 20, maxWaiting: 200, connectTimeoutMs: 5_000 });
    expect(readServerConfig({ LOKET_SERVER_DB_CONNECTIONS: '40', LOKET_SERVER_DB_QUEUE: '0' }).pool).toMatchObject({ maxConnections: 40, maxWaiting: 0 });
    expect(() => readServerConfig({ LOKET_SERVER_DB_CONNECTIONS: 'banyak' })).toThrow('LOKET_SERVER_DB_CONNECTIONS must be a whole number 1–1000, not "banyak"');
    expect(() => readServerConfig({ LOKET_SERVER_DB_CONNECT_TIMEOUT_MS: '5' })).toThrow(/LOKET_SERVER_DB_CONNECT_TIMEOUT_MS/);
  });
});
