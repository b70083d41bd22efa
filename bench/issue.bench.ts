import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createOfficeServices } from '../src/main/office';
import { Store } from '../src/main/store/store';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfig } from '../tests/helpers/testConfig';
import { percentile, type BenchRow, type BenchSuite } from './table';
import { time, timeAsync } from './timing';

const N = 2000;
const WARMUP = 200;
const QUEUE_LENGTH = 60;

/** Issuing a ticket through the API (validate, one synchronous=FULL transaction, event, counters; no printer) next to a bare fsync'd commit. */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-');
  try {
    const bare = new Database(join(dir.path, 'bare.sqlite'));
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    bare.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    const insert = bare.prepare('INSERT INTO t (v) VALUES (?)');
    const commit = bare.transaction((v: string) => insert.run(v));
    for (let i = 0; i < WARMUP; i++) commit.immediate(`warm-up ${i}`);
    const bareMs = Array.from({ length: N }, (_, i) => time(() => commit.immediate(`row ${i}`)));
    bare.close();

    const allDay = testConfig();
    const store = Store.open(join(dir.path, 'office'));
    const { dispatcher, core } = createOfficeServices(store, allDay);
    const services = ['KTP', 'KK'];
    for (let i = 0; i < WARMUP; i++) await dispatcher.dispatch('tickets.issue', { serviceCode: 'KK' }, { role: 'kiosk', via: 'test' });
    // A busy office in steady state: two counters keep each queue near QUEUE_LENGTH (served outside the timing).
    core.openCounter({ counter: 1 });
    core.openCounter({ counter: 2 });
    // Counted from the index, not from a full snapshot: the serving between issues should not fill the
    // heap and leave its garbage collection to the measured issues.
    const waiting = () => {
      const date = core.serviceDate();
      return services.reduce((n, code) => {
        const w = store.tickets.waitingByClass(date, code);
        return n + w.front + w.priority + w.regular;
      }, 0);
    };
    const serveDownTo = (length: number) => {
      for (const counter of [1, 2]) {
        while (waiting() > length) {
          const t = core.callNext({ counter }).ticket;
          if (!t) break;
          core.noShow({ counter, ticketId: t.id });
        }
      }
    };
    const issueMs: number[] = [];
    for (let i = 0; i < N; i++) {
      if (i % 10 === 0) serveDownTo(QUEUE_LENGTH);
      issueMs.push(
        await timeAsync(async () => {
          const out = await dispatcher.dispatch('tickets.issue', { serviceCode: services[i % 2] }, { role: 'kiosk', via: 'test' });
          if (!out.ok) throw new Error(out.error.message);
        }),
      );
    }
    store.close();

    const bareP99 = percentile(bareMs, 99);
    const issueP99 = percentile(issueMs, 99);
    const rows: BenchRow[] = [
      { suite: 'issue', metric: 'bare fsync commit p50', value: percentile(bareMs, 50), unit: 'ms' },
      { suite: 'issue', metric: 'bare fsync commit p99', value: bareP99, unit: 'ms' },
      { suite: 'issue', metric: `issue ticket p50 (${QUEUE_LENGTH} waiting)`, value: percentile(issueMs, 50), unit: 'ms' },
      {
        suite: 'issue',
        metric: `issue ticket p99 (${QUEUE_LENGTH} waiting)`,
        value: issueP99,
        unit: 'ms',
        target: `<= 2x bare p99 (${(2 * bareP99).toFixed(3)} ms)`,
        ok: issueP99 <= 2 * bareP99,
      },
    ];
    return rows;
  } finally {
    dir.remove();
  }
};
