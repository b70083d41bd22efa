import type { Database } from '../db/database';
import { LATEST_MIGRATION } from '../db/migrations';
import { schemaRepo } from '../store/schemaRepo';

/** A load balancer's probe must answer fast: a database slower than this is as good as gone. */
export const READY_TIMEOUT_MS = 1500;

export type Readiness = { ready: true; migration: number } | { ready: false; reason: string };

/**
 * Ready when the database answers within READY_TIMEOUT_MS and has every migration this build needs. One
 * statement does both (reading the version proves the database answers). Reasons are fixed phrases:
 * a driver's message could name hosts or users.
 */
export async function checkReadiness(db: Database): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS);
  });
  try {
    const version = await Promise.race([schemaRepo.migrationVersion(db), timeout]);
    if (version === 'timeout') return { ready: false, reason: `the database did not answer within ${READY_TIMEOUT_MS} ms` };
    if (version < LATEST_MIGRATION) return { ready: false, reason: `the database schema is at migration ${version}, this build needs ${LATEST_MIGRATION}` };
    return { ready: true, migration: version };
  } catch {
    return { ready: false, reason: 'the database cannot be reached' };
  } finally {
    clearTimeout(timer);
  }
}
