// The offices of bench/province.bench.ts, in their own process as they would be on their own PCs: reads a
// LoadPlan as JSON on stdin, pushes counter batches to the city server and prints a LoadReport as JSON.
import { Agent, request } from 'node:http';
import { PROTOCOL_VERSION, SYNC_PATHS } from '../src/shared/sync/protocol';
import { officeDayMetrics } from './officeDay';
import { percentile } from './table';

export interface LoadOffice {
  token: string;
  replicaId: string;
}

export interface LoadPlan {
  url: string;
  offices: LoadOffice[];
  rowsPerPush: number;
  /** Added to every batch's `through` and values, so a later scenario's pushes on the same offices still raise them. */
  base: number;
  /** burst: every office at once, `rounds` pushes each, one after another. steady: each office every `intervalMs`. */
  mode: { kind: 'burst'; rounds: number } | { kind: 'steady'; intervalMs: number; durationMs: number; lateMs: number };
}

export interface LoadReport {
  /** Pushes that should have been sent (burst: all of them; steady: those due before the end). */
  due: number;
  /** Pushes answered 200. */
  done: number;
  /** Answers by HTTP status (0: connection failed). */
  statuses: Record<string, number>;
  seconds: number;
  p50: number;
  p99: number;
  max: number;
  /** steady: pushes due more than lateMs before the end and not answered 200 by then, or answered more than lateMs after they were due. */
  backlog: number;
}

const TODAY = new Date().toISOString().slice(0, 10);
const METRICS = officeDayMetrics();

/** Each office sends from its own loopback address (Linux routes all of 127/8 locally), as from its own PC. */
const addressOf = (i: number): string => `127.20.${Math.floor(i / 250)}.${1 + (i % 250)}`;

/** Batch `through` of an office: each value grows with `through` whichever office index picked its metric before. */
function body(i: number, office: LoadOffice, through: number, rowsPerPush: number): string {
  const rows = Array.from({ length: rowsPerPush }, (_, j) => {
    const m = (i + j * 7) % METRICS.length;
    return { date: TODAY, metric: METRICS[m], value: through * (1 + (m % 50)) };
  });
  return JSON.stringify({ protocol: PROTOCOL_VERSION, replicaId: office.replicaId, through, sentAt: Date.now(), rows });
}

function push(url: string, token: string, payload: string, localAddress: string, agent: Agent | false): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      `${url}${SYNC_PATHS.push}`,
      {
        method: 'POST',
        agent,
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(payload);
  });
}

/** Every office at once, each sending its batches one after another over one kept-alive connection. */
async function burst(plan: LoadPlan, rounds: number): Promise<LoadReport> {
  const agent = new Agent({ keepAlive: true });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  await Promise.all(
    plan.offices.map(async (office, i) => {
      for (let round = 1; round <= rounds; round++) {
        const t0 = performance.now();
        const status = await push(plan.url, office.token, body(i, office, plan.base + round, plan.rowsPerPush), addressOf(i), agent);
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { due: latencies.length, done: statuses['200'] ?? 0, statuses, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies), backlog: 0 };
}

/**
 * Each office pushes every intervalMs from its own phase (spread uniformly over the interval, with jitter),
 * a new connection each time as after minutes of quiet; pushes are sent when due whatever the earlier ones did.
 */
async function steady(plan: LoadPlan, intervalMs: number, durationMs: number, lateMs: number): Promise<LoadReport> {
  const n = plan.offices.length;
  const schedule: { due: number; office: number; k: number }[] = [];
  for (let i = 0; i < n; i++) {
    const phase = ((i + Math.random()) / n) * intervalMs;
    for (let k = 0; phase + k * intervalMs < durationMs; k++) schedule.push({ due: phase + k * intervalMs, office: i, k });
  }
  schedule.sort((a, b) => a.due - b.due);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const answeredAt: number[] = new Array(schedule.length).fill(Number.POSITIVE_INFINITY);
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now() - started;
      for (; next < schedule.length && (schedule[next]?.due ?? 0) <= now; next++) {
        const at = next;
        const s = schedule[at]!;
        const office = plan.offices[s.office]!;
        const t0 = performance.now();
        const p = push(plan.url, office.token, body(s.office, office, plan.base + s.k + 1, plan.rowsPerPush), addressOf(s.office), false).then((status) => {
          const t1 = performance.now();
          latencies.push(t1 - t0);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 200) answeredAt[at] = t1 - started;
          inFlight.delete(p);
        });
        inFlight.add(p);
      }
      if (now >= durationMs) resolve();
      else setTimeout(tick, Math.max(1, Math.min(50, (schedule[next]?.due ?? durationMs) - now)));
    };
    tick();
  });
  // Judged at the end of the window: what a kiosk would see as the city falling behind.
  let backlog = 0;
  schedule.forEach((s, at) => {
    const answered = answeredAt[at] ?? Number.POSITIVE_INFINITY;
    if ((s.due < durationMs - lateMs && answered > durationMs) || (answered <= durationMs && answered - s.due > lateMs)) backlog++;
  });
  const seconds = (performance.now() - started) / 1000;
  await Promise.all([...inFlight]);
  return { due: schedule.length, done: statuses['200'] ?? 0, statuses, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies), backlog };
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const plan = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadPlan;
  const report = plan.mode.kind === 'burst' ? await burst(plan, plan.mode.rounds) : await steady(plan, plan.mode.intervalMs, plan.mode.durationMs, plan.mode.lateMs);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
