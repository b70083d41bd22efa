import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { SYNC_PATHS } from '../../shared/sync/protocol';
import type { AttemptLimit } from '../auth/attemptLimiter';
import type { Database } from '../db/database';
import { poolProbeOf } from './poolProbe';

/** What the routes report; /metrics renders it in Prometheus text format. */
export interface ServerMetrics {
  readonly contentType: string;
  render(): Promise<string>;
  pushAccepted(result: { applied: number; unchanged: number; older: readonly unknown[] }): void;
  pushAnswered(seconds: number): void;
  enrolled(): void;
  /** Any refusal answered with a sync error code, on any route (pushes and enrolments are also counted by outcome). */
  refused(route: string, code: string, body: unknown): void;
  /** A 503 "unavailable": the database had no connection free in time, could not be reached, or was too contended. */
  overloaded(route: string): void;
  signInFailed(): void;
  attemptRefused(scope: AttemptLimit['scope']): void;
  /** Stops listening to the database (the server closing). */
  close(): void;
}

let processRegistry: Registry | undefined;

/**
 * CPU, memory, event loop, GC: facts of the process, not of one server, so one registry per process.
 * (collectDefaultMetrics starts an event-loop monitor and a GC observer per call: per server would leak.)
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const rowsOf = (body: unknown): number => {
  const rows = (body as { rows?: unknown } | null | undefined)?.rows;
  return Array.isArray(rows) ? rows.length : 0;
};

/** A registry per server instance (tests run several servers in one process), never the global default one. */
export function createServerMetrics(db: Database): ServerMetrics {
  const registry = new Registry();
  const registers = [registry];

  const pushes = new Counter({ name: 'loket_sync_pushes_total', help: 'Pushes answered, by outcome: ok or the refusal code.', labelNames: ['outcome'], registers });
  const pushRows = new Counter({
    name: 'loket_sync_push_rows_total',
    help: 'Rows pushed, by result: applied (raised), unchanged, older (lower than stored, kept), refused (in a refused push).',
    labelNames: ['result'],
    registers,
  });
  const pushSeconds = new Histogram({
    name: 'loket_sync_push_duration_seconds',
    help: 'Time to answer a push, refused ones included.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const refusals = new Counter({ name: 'loket_refusals_total', help: 'Requests refused with a sync error code, by route and code.', labelNames: ['route', 'code'], registers });
  const enrolments = new Counter({ name: 'loket_sync_enrolments_total', help: 'Enrolment requests answered, by outcome: ok or the refusal code.', labelNames: ['outcome'], registers });
  const signInFailures = new Counter({ name: 'loket_admin_signin_failures_total', help: 'Admin sign-ins refused for a wrong username or password.', registers });
  const attemptRefusals = new Counter({
    name: 'loket_attempt_limit_refusals_total',
    help: 'Tries refused because the address used up its attempts (429), by scope: admin_signin or enrolment.',
    labelNames: ['scope'],
    registers,
  });
  const overload = new Counter({
    name: 'loket_overload_responses_total',
    help: 'Requests answered 503 (unavailable): no database connection free in time, the database unreachable, or the work could not get through; the caller retries later.',
    labelNames: ['route'],
    registers,
  });

  const probe = poolProbeOf(db);
  new Gauge({
    name: 'loket_db_pool_connections',
    help: 'Database connections by state: total (open) and idle. PGlite has one connection.',
    labelNames: ['state'],
    registers,
    collect() {
      const s = probe?.snapshot();
      if (!s) return;
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
    },
  });
  new Gauge({
    name: 'loket_db_pool_waiting_requests',
    help: 'Requests waiting for a database connection (PGlite: statements queued behind the running one).',
    registers,
    collect() {
      const s = probe?.snapshot();
      if (s) this.set(s.waiting);
    },
  });
  const poolWait = new Histogram({
    name: 'loket_db_pool_wait_seconds',
    help: 'Time a request waited for a database connection (PGlite: a transaction for its turn).',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const stopObserving = probe?.observe({ waited: (seconds) => poolWait.observe(seconds) });

  // Series that exist from the start, so a rate() over them is 0 rather than absent.
  pushes.inc({ outcome: 'ok' }, 0);
  for (const result of ['applied', 'unchanged', 'older', 'refused']) pushRows.inc({ result }, 0);
  enrolments.inc({ outcome: 'ok' }, 0);
  for (const scope of ['admin_signin', 'enrolment']) attemptRefusals.inc({ scope }, 0);

  return {
    contentType: registry.contentType,
    async render() {
      return (await processMetrics().metrics()) + (await registry.metrics());
    },
    pushAccepted(result) {
      pushes.inc({ outcome: 'ok' });
      pushRows.inc({ result: 'applied' }, result.applied);
      pushRows.inc({ result: 'unchanged' }, result.unchanged);
      pushRows.inc({ result: 'older' }, result.older.length);
    },
    pushAnswered: (seconds) => pushSeconds.observe(seconds),
    enrolled: () => enrolments.inc({ outcome: 'ok' }),
    refused(route, code, body) {
      refusals.inc({ route, code });
      if (route === SYNC_PATHS.push) {
        pushes.inc({ outcome: code });
        pushRows.inc({ result: 'refused' }, rowsOf(body));
      } else if (route === SYNC_PATHS.enrol) {
        enrolments.inc({ outcome: code });
      }
    },
    overloaded: (route) => overload.inc({ route }),
    signInFailed: () => signInFailures.inc(),
    attemptRefused: (scope) => attemptRefusals.inc({ scope }),
    close: () => stopObserving?.(),
  };
}
