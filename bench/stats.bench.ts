import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createOfficeServices } from '../src/main/office';
import { seedOffice } from '../tools/seed/seedOffice';
import { Store } from '../src/main/store/store';
import { parseOfficeConfig, type OfficeConfig } from '../src/shared/config/officeConfig';
import { localTimeToEpoch, serviceDateOf, toLocal } from '../src/shared/time/localTime';
import { makeTempDir } from '../tests/helpers/tempDir';
import { percentile, type BenchRow, type BenchSuite } from './table';
import { time } from './timing';

const COUNTERS = 96;
const SERVICES = 12;
/** Enough runs for an honest p95 (bench/table.ts: two samples beyond it). */
const RUNS = 40;

/** A big city office: 12 services and 96 counters, enough for a million tickets a year. */
function bigOffice(): OfficeConfig {
  const weekday = ['08:00-15:00'];
  const services = Array.from({ length: SERVICES }, (_, i) => ({
    code: `S${i + 1}`,
    name: { id: `Layanan ${i + 1}`, en: `Service ${i + 1}` },
    prefix: String.fromCharCode(65 + i),
    targetWaitMinutes: 20,
    defaultServiceMinutes: 6 + (i % 5) * 2,
  }));
  const counters = Array.from({ length: COUNTERS }, (_, i) => ({
    number: i + 1,
    name: `Loket ${i + 1}`,
    services: [`S${(i % SERVICES) + 1}`, `S${((i + 1) % SERVICES) + 1}`],
  }));
  const r = parseOfficeConfig({
    office: { id: 'bench-office', name: 'Kantor Uji Beban', openingHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } },
    services,
    counters,
  });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config;
}

/** Seeds a year of a million tickets, then times every dashboard view and the live monitor. */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-stats-');
  try {
    const config = bigOffice();
    const store = Store.open(dir.path);
    // "Today" is the latest weekday, at 10:00 in the office, so the live part runs at any hour.
    let now = Date.now();
    while (['sat', 'sun'].includes(toLocal(now, config.office.timeZone).weekday)) now -= 86400_000;
    const today = serviceDateOf(now, config.office.timeZone);
    const clock = { now: () => localTimeToEpoch(today, '10:00', config.office.timeZone) };
    const t0 = performance.now();
    const seeded = seedOffice(store, config, { days: 365, visitorsPerDay: COUNTERS * 40, today });
    const office = createOfficeServices(store, config, clock, null);
    office.ratings.settle();
    const seedSeconds = (performance.now() - t0) / 1000;
    const sizeMiB = statSync(join(dir.path, 'loket.sqlite')).size / 1024 / 1024;

    // A live morning for the monitor: counters open, people waiting.
    for (let c = 1; c <= COUNTERS; c += 2) office.core.openCounter({ counter: c });
    for (let i = 0; i < 400; i++) office.core.issue({ serviceCode: `S${(i % SERVICES) + 1}` }, 'none');

    const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) - offset * 86400_000).toISOString().slice(0, 10);
    const views: [string, Parameters<typeof office.stats.view>[0]][] = [
      ['today', { from: today, to: today }],
      ['this week', { from: day(6), to: today }],
      ['this month', { from: day(29), to: today }],
      ['year', { from: day(364), to: today }],
      ['year, one service', { from: day(364), to: today, serviceCode: 'S3' }],
      ['year, one counter', { from: day(364), to: today, counter: 7 }],
      ['year, one priority reason', { from: day(364), to: today, priority: 'lansia' }],
    ];
    const rows: BenchRow[] = [
      { suite: 'stats', metric: 'seeded tickets', value: seeded.tickets, unit: 'tickets', target: '>= 1,000,000', ok: seeded.tickets >= 1_000_000 },
      { suite: 'stats', metric: 'seed time', value: seedSeconds, unit: 's' },
      { suite: 'stats', metric: 'database size', value: Math.round(sizeMiB), unit: 'MiB' },
    ];
    for (const [name, input] of views) {
      office.stats.view(input);
      const ms = Array.from({ length: RUNS }, () => time(() => office.stats.view(input)));
      const p95 = percentile(ms, 95);
      rows.push({ suite: 'stats', metric: `view: ${name}, p95`, value: p95, unit: 'ms', target: '< 100 ms', ok: p95 < 100 });
    }
    const monitor = Array.from({ length: RUNS }, () => time(() => office.dispatcher.dispatch('monitor.live', {}, { role: 'supervisor', via: 'test' })));
    const monitorP95 = percentile(monitor, 95);
    rows.push({ suite: 'stats', metric: 'live monitor update, p95', value: monitorP95, unit: 'ms', target: '< 20 ms', ok: monitorP95 < 20 });
    store.close();
    return rows;
  } finally {
    dir.remove();
  }
};
