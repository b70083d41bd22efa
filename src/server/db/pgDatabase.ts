import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { attachPoolProbe, PoolObservers } from '../observability/poolProbe';
import { DatabaseUnavailableError, type Database, type Queryable } from './database';

export interface PgOptions {
  connectionString: string;
  /** Connections per server instance; several instances behind a load balancer share the server. */
  maxConnections?: number;
  /** Requests allowed to wait for a connection before new ones are refused with 503 (load shedding). */
  maxWaiting?: number;
  /** How long a request waits for a connection before it is refused with 503. */
  connectTimeoutMs?: number;
}

/** Shipped defaults (LOKET_SERVER_DB_CONNECTIONS, LOKET_SERVER_DB_QUEUE, LOKET_SERVER_DB_CONNECT_TIMEOUT_MS). */
export const PG_POOL_DEFAULTS = { maxConnections: 20, maxWaiting: 200, connectTimeoutMs: 5_000 } as const;

const INT8_OID = 20;

/** int8 values (counters) are below 2^53, so plain numbers are exact. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '53300']);

/** pg-pool's own errors carry no code: a connection not found in time is overload, not a bug. */
const POOL_TIMEOUT = /timeout exceeded when trying to connect|connection timeout/i;

function translate(err: unknown): unknown {
  const code = (err as { code?: string }).code;
  if (code && CONNECTION_CODES.has(code)) return new DatabaseUnavailableError(`PostgreSQL is unavailable (${code})`);
  if (err instanceof Error && POOL_TIMEOUT.test(err.message)) return new DatabaseUnavailableError(`no database connection was free in time (${err.message})`);
  return err;
}

export async function openPgDatabase(options: PgOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? PG_POOL_DEFAULTS.maxConnections,
    connectionTimeoutMillis: options.connectTimeoutMs ?? PG_POOL_DEFAULTS.connectTimeoutMs,
    types,
  });
  const observers = new PoolObservers();
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (err) => observers.idleClientFailed(err));
  const maxWaiting = options.maxWaiting ?? PG_POOL_DEFAULTS.maxWaiting;

  const connect = async (): Promise<pg.PoolClient> => {
    if (pool.waitingCount >= maxWaiting) throw new DatabaseUnavailableError('too many requests are waiting for the database');
    const started = performance.now();
    try {
      const client = await pool.connect();
      observers.waited((performance.now() - started) / 1000);
      return client;
    } catch (err) {
      throw translate(err);
    }
  };
  const run = async <T extends object>(client: pg.ClientBase | pg.Pool, sql: string, params?: readonly unknown[]): Promise<T[]> => {
    try {
      return (await client.query(sql, params as unknown[])).rows as T[];
    } catch (err) {
      throw translate(err);
    }
  };

  const db: Database = {
    kind: 'postgres',
    async query<T extends object>(sql: string, params?: readonly unknown[]) {
      const client = await connect();
      try {
        return await run<T>(client, sql, params);
      } finally {
        client.release();
      }
    },
    async exec(sql: string) {
      await db.query(sql);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await connect();
      const tx: Queryable = {
        query: (sql, params) => run(client, sql, params),
        exec: async (sql) => void (await run(client, sql)),
      };
      try {
        await run(client, 'BEGIN');
        const result = await fn(tx);
        await run(client, 'COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  attachPoolProbe(db, {
    snapshot: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    observe: (observer) => observers.add(observer),
  });
  await db.query('SELECT 1');
  return db;
}
