import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database';
import { LATEST_MIGRATION } from '../../../src/server/db/migrations';
import { checkReadiness, READY_TIMEOUT_MS } from '../../../src/server/observability/readiness';

/** A database whose every query answers with `answer` (a value, a failure, or never). */
function fakeDatabase(answer: () => Promise<unknown[]>): Database {
  return {
    kind: 'postgres',
    query: answer as Database['query'],
    exec: async () => undefined,
    transaction: async () => {
      throw new Error('not used');
    },
    close: async () => undefined,
  };
}

const failure = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('readiness', () => {
  it('is ready when the database has every migration of this build (or more: a newer instance migrated first)', async () => {
    expect(await checkReadiness(fakeDatabase(async () => [{ version: LATEST_MIGRATION }]))).toEqual({ ready: true, migration: LATEST_MIGRATION });
    expect(await checkReadiness(fakeDatabase(async () => [{ version: LATEST_MIGRATION + 1 }]))).toEqual({ ready: true, migration: LATEST_MIGRATION + 1 });
  });

  it('is not ready on a database behind this build, or never migrated', async () => {
    expect(await checkReadiness(fakeDatabase(async () => [{ version: 1 }]))).toEqual({
      ready: false,
      reason: `the database schema is at migration 1, this build needs ${LATEST_MIGRATION}`,
    });
    const neverMigrated = await checkReadiness(fakeDatabase(async () => Promise.reject(failure('relation "schema_migrations" does not exist', '42P01'))));
    expect(neverMigrated).toEqual({ ready: false, reason: `the database schema is at migration 0, this build needs ${LATEST_MIGRATION}` });
  });

  it("gives a fixed reason for a failing database, never the driver's message (it may name hosts and users)", async () => {
    const r = await checkReadiness(fakeDatabase(async () => Promise.reject(failure('connect ECONNREFUSED 10.1.2.3:5432 user=loket', 'ECONNREFUSED'))));
    expect(r).toEqual({ ready: false, reason: 'the database cannot be reached' });
  });

  it(`gives up after ${READY_TIMEOUT_MS} ms on a database that does not answer`, async () => {
    const started = Date.now();
    const r = await checkReadiness(fakeDatabase(() => new Promise(() => undefined)));
    expect(r).toEqual({ ready: false, reason: `the database did not answer within ${READY_TIMEOUT_MS} ms` });
    expect(Date.now() - started).toBeGreaterThanOrEqual(READY_TIMEOUT_MS - 50);
    expect(Date.now() - started).toBeLessThan(READY_TIMEOUT_MS + 1000);
  });
});
