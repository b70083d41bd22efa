import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { randomToken, sha256, shortId } from '../src/server/auth/secrets';
import type { Database } from '../src/server/db/database';
import { migrate } from '../src/server/db/migrate';
import { openPgDatabase } from '../src/server/db/pgDatabase';
import { kiosksRepo } from '../src/server/store/kiosksRepo';
import { officesRepo } from '../src/server/store/officesRepo';
import { withBenchDatabase } from './benchDatabase';
import { startCityProcess, type CityProcess } from './cityProcess';
import type { LoadOffice, LoadPlan, LoadReport } from './provinceLoad';
import { freePort, readAll, spawnTsx, treeCpuMs } from './processes';
import { percentile, type BenchRow, type BenchSuite } from './table';

const OFFICES = 10_000;
const BURST_OFFICES = 1000;
const BURST_ROUNDS = 3;
const ROWS_PER_PUSH = 60;
const WARM_UP_OFFICES = 100;
/** Runs of (c) per instance count; with three the median is one run's figure, not an average. */
const BALANCED_RUNS = 3;
const INTERVAL_MS = 5 * 60_000;
const LATE_MS = 5_000;
const MINUTES = Number(process.env.LOKET_BENCH_PROVINCE_MINUTES ?? 10);

/** Offices enrolled straight in the database with the server's own repositories (a real enrolment costs seconds of round trips each). */
async function enrolOffices(db: Database, count: number): Promise<LoadOffice[]> {
  const publicKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const offices: LoadOffice[] = [];
  await db.transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const officeId = `kantor-${i}`;
      const office = { token: randomToken(), replicaId: randomUUID() };
      await officesRepo.insert(tx, { id: officeId, name: `Kantor ${i}` });
      await kiosksRepo.insert(tx, { id: shortId(), officeId, replicaId: office.replicaId, label: 'kios', publicKey, tokenHash: sha256(office.token), enrolRequestId: randomUUID() });
      offices.push(office);
    }
  });
  return offices;
}

/** Runs the load generator (bench/provinceLoad.ts) in its own process and returns its report. */
async function runLoad(plan: LoadPlan): Promise<LoadReport> {
  const child = spawnTsx('bench/provinceLoad.ts');
  child.stdin?.end(JSON.stringify(plan));
  const out = await readAll(child);
  try {
    return JSON.parse(out) as LoadReport;
  } catch {
    throw new Error(`the load generator printed no report: ${out.slice(0, 500)}`);
  }
}

/** The TCP round-robin balancer (bench/tcpRoundRobin.ts) in its own process in front of the given servers. */
async function startBalancer(servers: readonly CityProcess[]): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const targets = servers.map((s) => new URL(s.url).host).join(',');
  const child = spawnTsx('bench/tcpRoundRobin.ts', { LOKET_BENCH_PROXY_PORT: String(port), LOKET_BENCH_PROXY_TARGETS: targets });
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.stdin?.end() };
}

/** PostgreSQL's postmaster, whose process tree holds every backend (and, reaped, every backend that ended). */
async function postmasterPid(db: Database): Promise<number> {
  const [row] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const stat = readFileSync(`/proc/${row?.pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

interface Measured {
  report: LoadReport;
  serverCpuMs: number;
  pgCpuMs: number;
}

/** A load run with the CPU the servers and PostgreSQL used meanwhile. */
async function measure(servers: readonly CityProcess[], pgPid: number, plan: LoadPlan): Promise<Measured> {
  const cpu = () => servers.reduce((sum, s) => sum + s.cpuMs(), 0);
  const server0 = cpu();
  const pg0 = treeCpuMs(pgPid);
  const report = await runLoad(plan);
  return { report, serverCpuMs: cpu() - server0, pgCpuMs: treeCpuMs(pgPid) - pg0 };
}

const burstPlan = (url: string, offices: LoadOffice[]): LoadPlan => ({ url, offices, rowsPerPush: ROWS_PER_PUSH, base: 0, mode: { kind: 'burst', rounds: BURST_ROUNDS } });
const errorsOf = (r: LoadReport): number => r.due - r.done;
const statusList = (r: LoadReport): string =>
  Object.entries(r.statuses)
    .filter(([status]) => status !== '200')
    .map(([status, n]) => `${status === '0' ? 'no answer' : status}: ${n}`)
    .join(', ');

/**
 * Issue #13 point 5: the city server at province scale on PostgreSQL, each server and the offices' load in
 * processes of their own, on the shipped pool settings. (a) a burst of 1,000 offices; (b) 10,000 offices on
 * their 5-minute rhythm; (c) the burst through a round-robin balancer to one or (alternately) two instances.
 */
export const suite: BenchSuite = () =>
  withBenchDatabase(async (url) => {
    const db = await openPgDatabase({ connectionString: url, maxConnections: 2 });
    const running: CityProcess[] = [];
    const stops: (() => void)[] = [];
    try {
      await migrate(db);
      const offices = await enrolOffices(db, OFFICES);
      const pgPid = await postmasterPid(db);
      // Each burst has offices of its own (raising values they never had), the warm-ups after them.
      const slice = (n: number) => offices.slice(n * BURST_OFFICES, (n + 1) * BURST_OFFICES);
      const warmUpOffices = (n: number) => offices.slice(OFFICES - (n + 1) * WARM_UP_OFFICES, OFFICES - n * WARM_UP_OFFICES);

      const first = await startCityProcess(url);
      running.push(first);
      // A server that has run for a while has its code compiled: the first seconds of a fresh process are not measured.
      await runLoad(burstPlan(first.url, warmUpOffices(0)));
      const a = await measure([first], pgPid, burstPlan(first.url, slice(0)));

      const second = await startCityProcess(url);
      running.push(second);
      await runLoad(burstPlan(second.url, warmUpOffices(1)));
      const one = await startBalancer([first]);
      const two = await startBalancer([first, second]);
      stops.push(one.stop, two.stop);
      // Alternated and repeated: other work on the machine shifts single runs by tens of percent.
      const c1: Measured[] = [];
      const c2: Measured[] = [];
      for (let run = 0; run < BALANCED_RUNS; run++) {
        c1.push(await measure([first], pgPid, burstPlan(one.url, slice(1 + 2 * run))));
        c2.push(await measure([first, second], pgPid, burstPlan(two.url, slice(2 + 2 * run))));
      }
      one.stop();
      two.stop();
      await second.stop();
      running.pop();

      const durationMs = MINUTES * 60_000;
      const b = await measure([first], pgPid, { url: first.url, offices, rowsPerPush: ROWS_PER_PUSH, base: BURST_ROUNDS, mode: { kind: 'steady', intervalMs: INTERVAL_MS, durationMs, lateMs: LATE_MS } });

      const rate = (m: Measured) => m.report.done / m.report.seconds;
      const oneRate = percentile(c1.map(rate), 50);
      const twoRate = percentile(c2.map(rate), 50);
      const ratio = twoRate / oneRate;
      const refused = [...c1, ...c2].reduce((sum, m) => sum + errorsOf(m.report), 0);
      const burstName = `${BURST_OFFICES} offices × ${BURST_ROUNDS} pushes of ${ROWS_PER_PUSH} rows at once`;
      const steadyName = `${OFFICES} offices pushing ${ROWS_PER_PUSH} rows every ${INTERVAL_MS / 60_000} min for ${MINUTES} min`;
      const rows: BenchRow[] = [
        { suite: 'province', metric: `(a) ${burstName}: throughput`, value: rate(a), unit: 'batches/s' },
        { suite: 'province', metric: '(a) push latency p50', value: a.report.p50, unit: 'ms' },
        { suite: 'province', metric: '(a) push latency p99', value: a.report.p99, unit: 'ms', target: '≤ 1000 ms', ok: a.report.p99 <= 1000 },
        { suite: 'province', metric: `(a) pushes not answered 200 ${statusList(a.report) ? `(${statusList(a.report)})` : ''}`.trimEnd(), value: errorsOf(a.report), unit: 'pushes', target: '0', ok: errorsOf(a.report) === 0 },
        { suite: 'province', metric: '(a) city server CPU per stored batch (refused pushes included)', value: a.serverCpuMs / a.report.done, unit: 'ms' },
        { suite: 'province', metric: '(a) PostgreSQL CPU per stored batch (whole database server)', value: a.pgCpuMs / a.report.done, unit: 'ms' },
        { suite: 'province', metric: `(b) ${steadyName}: pushes due`, value: b.report.due, unit: 'pushes' },
        { suite: 'province', metric: '(b) pushes answered 200', value: b.report.done, unit: 'pushes' },
        { suite: 'province', metric: '(b) throughput', value: b.report.done / b.report.seconds, unit: 'batches/s' },
        { suite: 'province', metric: '(b) push latency p99', value: b.report.p99, unit: 'ms' },
        { suite: 'province', metric: '(b) push latency max', value: b.report.max, unit: 'ms' },
        {
          suite: 'province',
          metric: `(b) backlog: pushes unanswered or answered > ${LATE_MS / 1000} s after due, at the end${statusList(b.report) ? ` (${statusList(b.report)})` : ''}`,
          value: b.report.backlog,
          unit: 'pushes',
          target: '0',
          ok: b.report.backlog === 0 && errorsOf(b.report) === 0,
        },
        { suite: 'province', metric: '(b) city server CPU per stored batch', value: b.serverCpuMs / b.report.done, unit: 'ms' },
        { suite: 'province', metric: '(b) PostgreSQL CPU per stored batch (whole database server)', value: b.pgCpuMs / b.report.done, unit: 'ms' },
        { suite: 'province', metric: `(c) ${burstName}, one instance behind the balancer (median of ${BALANCED_RUNS})`, value: oneRate, unit: 'batches/s' },
        { suite: 'province', metric: `(c) the same, two instances behind the balancer (median of ${BALANCED_RUNS})`, value: twoRate, unit: 'batches/s' },
        { suite: 'province', metric: `(c) pushes not answered 200 in all ${2 * BALANCED_RUNS} runs`, value: refused, unit: 'pushes' },
        { suite: 'province', metric: '(c) two instances ÷ one instance', value: ratio, unit: '×', target: '≥ 1.6×', ok: ratio >= 1.6 },
      ];
      return rows;
    } finally {
      for (const stop of stops) stop();
      for (const s of running) await s.stop();
      await db.close();
    }
  });
