import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { attachPoolProbe, PoolObservers } from '../observability/poolProbe';
import type { Database, Queryable } from './database';

/**
 * Embedded PostgreSQL (PGlite) in a data folder, so the server runs with nothing else installed.
 * It has one connection; PGlite serialises transactions itself. dataDir undefined = in memory (tests).
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lite = new PGlite(dataDir);
  await lite.waitReady;
  const observers = new PoolObservers();
  // Its one connection is the "pool": work beyond the statement or transaction running waits for it.
  let inFlight = 0;
  const counted = async <T>(work: () => Promise<T>): Promise<T> => {
    inFlight++;
    try {
      return await work();
    } finally {
      inFlight--;
    }
  };
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T extends object>(sql: string, params?: readonly unknown[]) {
      return (await q.query<T>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const top = wrap(lite);
  const db: Database = {
    kind: 'pglite',
    query: (sql, params) => counted(() => top.query(sql, params)),
    exec: (sql) => counted(() => top.exec(sql)),
    transaction: (fn) =>
      counted(() => {
        const started = performance.now();
        return lite.transaction((tx) => {
          observers.waited((performance.now() - started) / 1000);
          return fn(wrap(tx));
        });
      }),
    close: () => lite.close(),
  };
  attachPoolProbe(db, {
    snapshot: () => ({ total: 1, idle: inFlight === 0 ? 1 : 0, waiting: Math.max(0, inFlight - 1) }),
    observe: (observer) => observers.add(observer),
  });
  return db;
}
