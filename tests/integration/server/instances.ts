import { startCityServer, type CityServer, type CityServerOptions } from '../../../src/server/cityServer';
import type { Database } from '../../../src/server/db/database';
import { openPgDatabase } from '../../../src/server/db/pgDatabase';
import type { Backend } from './cityServerHarness';

const PG_URL = process.env.LOKET_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * What a second server instance would open on the same database: on PostgreSQL a pool of its own on the
 * same database (as another process behind the balancer would), on PGlite the same embedded database.
 */
export async function secondConnection(backend: Backend, db: Database): Promise<{ db: Database; close(): Promise<void> }> {
  if (backend === 'pglite') return { db, close: async () => undefined };
  const [row] = await db.query<{ name: string }>('SELECT current_database() AS name');
  const url = new URL(PG_URL);
  url.pathname = `/${row?.name}`;
  const other = await openPgDatabase({ connectionString: url.toString(), maxConnections: 10 });
  return { db: other, close: () => other.close() };
}

/** Another city server instance on `db`, on an ephemeral port. */
export function startInstance(db: Database, options: Partial<CityServerOptions> = {}): Promise<CityServer> {
  return startCityServer({ db, host: '127.0.0.1', port: 0, timeZone: 'Asia/Makassar', ...options });
}

/** The value of one series in a Prometheus text answer, e.g. 'loket_sync_pushes_total{outcome="ok"}'; undefined when absent. */
export function metricValue(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
