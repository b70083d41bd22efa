import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { CityServer } from '../../../src/server/cityServer';
import { LATEST_MIGRATION } from '../../../src/server/db/migrations';
import { READY_TIMEOUT_MS } from '../../../src/server/observability/readiness';
import { BACKENDS, CityServerHarness, holdConnection, openTestDatabase } from './cityServerHarness';
import { startInstance } from './instances';

const PG_URL = process.env.LOKET_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function probe(server: CityServer | CityServerHarness, path: '/healthz' | '/readyz'): Promise<{ status: number; body: { ok: boolean; reason?: string; migration?: number } }> {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; reason?: string } };
}

describe.each(BACKENDS)('/healthz and /readyz on %s', (backend) => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
  });

  it('are both 200 on a running, migrated server', async () => {
    const city = await CityServerHarness.start(backend);
    cleanup.push(() => city.close());
    expect(await probe(city, '/healthz')).toEqual({ status: 200, body: { ok: true } });
    expect(await probe(city, '/readyz')).toEqual({ status: 200, body: { ok: true, migration: LATEST_MIGRATION } });
  }, 30_000);

  it('says not ready while the database lacks a migration this build needs, and ready again once it has it', async () => {
    const city = await CityServerHarness.start(backend);
    cleanup.push(() => city.close());
    await city.db.query('DELETE FROM schema_migrations WHERE version = $1', [LATEST_MIGRATION]);
    const behind = await probe(city, '/readyz');
    expect(behind.status).toBe(503);
    expect(behind.body).toEqual({ ok: false, reason: `the database schema is at migration ${LATEST_MIGRATION - 1}, this build needs ${LATEST_MIGRATION}` });
    expect((await probe(city, '/healthz')).status).toBe(200);
    await city.db.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'back')", [LATEST_MIGRATION]);
    expect((await probe(city, '/readyz')).status).toBe(200);
  }, 30_000);

  it('says not ready, without naming the database, when the database is gone; the process still answers /healthz', async () => {
    const { db, drop } = await openTestDatabase(backend);
    cleanup.push(drop);
    const server = await startInstance(db);
    cleanup.push(() => server.close());
    expect((await probe(server, '/readyz')).status).toBe(200);
    if (backend === 'pglite') {
      await db.close();
    } else {
      // The database is dropped under the running pool: its idle connections are killed, new ones refused.
      const [row] = await db.query<{ name: string }>('SELECT current_database() AS name');
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE ${row?.name} WITH (FORCE)`);
      await admin.end();
    }
    const gone = await probe(server, '/readyz');
    expect(gone).toEqual({ status: 503, body: { ok: false, reason: 'the database cannot be reached' } });
    expect((await probe(server, '/healthz')).status).toBe(200);
  }, 30_000);
});

describe('/readyz on a PostgreSQL that does not answer in time', () => {
  let city: CityServerHarness | undefined;
  afterEach(async () => {
    await city?.close();
    city = undefined;
  });

  it(`answers 503 within about ${READY_TIMEOUT_MS} ms instead of hanging with the load balancer`, async () => {
    city = await CityServerHarness.start('postgres', undefined, { maxConnections: 1, maxWaiting: 10, connectTimeoutMs: 10_000 });
    const busy = holdConnection(city.db, READY_TIMEOUT_MS + 1500);
    await busy.held;
    const started = Date.now();
    const slow = await probe(city, '/readyz');
    expect(slow).toEqual({ status: 503, body: { ok: false, reason: `the database did not answer within ${READY_TIMEOUT_MS} ms` } });
    expect(Date.now() - started).toBeLessThan(READY_TIMEOUT_MS + 1000);
    await busy.released;
    expect((await probe(city, '/readyz')).status).toBe(200);
  }, 15_000);
});
