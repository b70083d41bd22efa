import { join } from 'node:path';
import { createOfficeServices } from '../src/main/office';
import { Store } from '../src/main/store/store';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfig } from '../tests/helpers/testConfig';
import { percentile, type BenchRow, type BenchSuite } from './table';
import { time, timeAsync } from './timing';

/** Enough rounds for an honest p99 (bench/table.ts: two samples beyond it). */
const SAMPLES = 300;
const WARMUP = 50;
const SHORT = 10;
const LONG = 2000;
/** The issue's target: the figures with a long queue within 1.5x of those with a short one. */
const MAX_RATIO = 1.5;

interface Figures {
  issue: number[];
  callNext: number[];
  overview: number[];
}

/**
 * Issue, call next and the kiosk's overview with 10 and with 2,000 tickets waiting, in one run: a queue whose
 * cost does not grow with its length (#18). One counter serves both services under the ratio policy, and
 * every fifth ticket is a priority one, so each call reads the heads of two queues and, at times, the oldest
 * regular ticket too. Each round issues one ticket and calls one, so the queue keeps its length.
 */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-');
  const store = Store.open(join(dir.path, 'office'));
  try {
    const { dispatcher, core } = createOfficeServices(
      store,
      testConfig({ priority: { policy: { mode: 'ratio', priorityPerRegular: 2 }, reasons: ['lansia', 'disabilitas'] } }),
    );
    const kiosk = { role: 'kiosk', via: 'test' } as const;
    const services = ['KTP', 'KK'];
    let issued = 0;
    const issue = async () => {
      const i = issued++;
      const out = await dispatcher.dispatch(
        'tickets.issue',
        { serviceCode: services[i % 2], ...(i % 5 === 0 ? { priorityReason: 'lansia' } : {}) },
        kiosk,
      );
      if (!out.ok) throw new Error(out.error.message);
    };
    // Counter 2 serves KTP and KK; each called ticket is marked no-show outside the timing, freeing it.
    core.openCounter({ counter: 2 });
    let called: string | null = null;
    const callNext = () => {
      const t = core.callNext({ counter: 2 }).ticket;
      if (!t) throw new Error('the queue ran dry');
      called = t.id;
    };
    const release = () => {
      if (called) core.noShow({ counter: 2, ticketId: called });
      called = null;
    };
    const waiting = () => {
      const date = core.serviceDate();
      return services.reduce((n, code) => {
        const w = store.tickets.waitingByClass(date, code);
        return n + w.front + w.priority + w.regular;
      }, 0);
    };
    const measure = async (length: number): Promise<Figures> => {
      while (waiting() < length) await issue();
      const figures: Figures = { issue: [], callNext: [], overview: [] };
      for (let round = 0; round < WARMUP + SAMPLES; round++) {
        const issueMs = await timeAsync(issue);
        const callMs = time(callNext);
        release();
        const overviewMs = await timeAsync(async () => {
          const out = await dispatcher.dispatch('office.overview', {}, kiosk);
          if (!out.ok) throw new Error(out.error.message);
        });
        if (round < WARMUP) continue;
        figures.issue.push(issueMs);
        figures.callNext.push(callMs);
        figures.overview.push(overviewMs);
      }
      if (waiting() !== length) throw new Error(`the queue drifted to ${waiting()} from ${length}`);
      return figures;
    };
    const short = await measure(SHORT);
    const long = await measure(LONG);

    const rows: BenchRow[] = [];
    for (const [key, name] of [
      ['issue', 'issue ticket'],
      ['callNext', 'call next'],
      ['overview', 'kiosk overview'],
    ] as const) {
      for (const p of [50, 99]) {
        const base = percentile(short[key], p);
        const value = percentile(long[key], p);
        rows.push({ suite: 'queueLength', metric: `${name} p${p} (${SHORT} waiting, ${SAMPLES} samples)`, value: base, unit: 'ms' });
        rows.push({
          suite: 'queueLength',
          metric: `${name} p${p} (${LONG} waiting, ${SAMPLES} samples)`,
          value,
          unit: 'ms',
          target: `<= ${MAX_RATIO}x ${SHORT} waiting (${(MAX_RATIO * base).toFixed(3)} ms)`,
          ok: value <= MAX_RATIO * base,
        });
      }
    }
    return rows;
  } finally {
    store.close();
    dir.remove();
  }
};
