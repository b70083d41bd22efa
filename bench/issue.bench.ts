import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createOfficeServices } from '../src/main/office';
import { Store } from '../src/main/store/store';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfig } from '../tests/helpers/testConfig';
import { percentile, type BenchRow, type BenchSuite } from './table';

const N = 1000;

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Issuing a ticket (validate, one synchronous=FULL transaction, event, counters) next to a bare fsync'd commit. */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-');
  try {
    const bare = new Database(join(dir.path, 'bare.sqlite'));
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    bare.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    const insert = bare.prepare('INSERT INTO t (v) VALUES (?)');
    const commit = bare.transaction((v: string) => insert.run(v));
    const bareMs = Array.from({ length: N }, (_, i) => time(() => commit.immediate(`row ${i}`)));
    bare.close();

    const allDay = testConfig();
    const store = Store.open(join(dir.path, 'office'));
    const { dispatcher } = createOfficeServices(store, allDay);
    const services = ['KTP', 'KK'];
    const issueMs = Array.from({ length: N }, (_, i) =>
      time(() => {
        const out = dispatcher.dispatch('tickets.issue', { serviceCode: services[i % 2] }, { role: 'kiosk', via: 'test' });
        if (out instanceof Promise || !out.ok) throw new Error('issuing must answer synchronously and succeed');
      }),
    );
    store.close();

    const bareP99 = percentile(bareMs, 99);
    const issueP99 = percentile(issueMs, 99);
    const rows: BenchRow[] = [
      { suite: 'issue', metric: 'bare fsync commit p50', value: percentile(bareMs, 50), unit: 'ms' },
      { suite: 'issue', metric: 'bare fsync commit p99', value: bareP99, unit: 'ms' },
      { suite: 'issue', metric: 'issue ticket p50', value: percentile(issueMs, 50), unit: 'ms' },
      {
        suite: 'issue',
        metric: 'issue ticket p99',
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
