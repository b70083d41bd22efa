import { readFileSync, statSync } from 'node:fs';
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

/**
 * The demo Mal Pelayanan Publik (resources/mpp.example.json: 12 agencies, 25 services, 80 counters) open
 * on weekdays 08:00–15:00, with ~5,000 tickets a day (#18).
 */
function mallOfTwelve(): OfficeConfig {
  const weekday = ['08:00-15:00'];
  const file = JSON.parse(readFileSync('resources/mpp.example.json', 'utf8')) as { office: Record<string, unknown> };
  const r = parseOfficeConfig({ ...file, office: { ...file.office, openingHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } } });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config;
}

interface Scenario {
  /** Prefix of the table's metrics. */
  name: string;
  config: OfficeConfig;
  visitorsPerDay: number;
  /** The views to time, each as a supervisor of the building (agency undefined) or of one agency. */
  views: (day: (offset: number) => string, today: string) => [string, Parameters<StatsView>[0], string | undefined][];
}

type StatsView = ReturnType<typeof createOfficeServices>['stats']['view'];

const BIG_OFFICE: () => Scenario = () => ({
  name: '',
  config: bigOffice(),
  visitorsPerDay: COUNTERS * 40,
  views: (day, today) => [
    ['today', { from: today, to: today }, undefined],
    ['this week', { from: day(6), to: today }, undefined],
    ['this month', { from: day(29), to: today }, undefined],
    ['year', { from: day(364), to: today }, undefined],
    ['year, one service', { from: day(364), to: today, serviceCode: 'S3' }, undefined],
    ['year, one counter', { from: day(364), to: today, counter: 7 }, undefined],
    ['year, one priority reason', { from: day(364), to: today, priority: 'lansia' }, undefined],
  ],
});

const MALL: () => Scenario = () => ({
  name: 'MPP ',
  config: mallOfTwelve(),
  visitorsPerDay: 5000,
  views: (day, today) => [
    ['today, building', { from: today, to: today }, undefined],
    ['today, one agency', { from: today, to: today }, 'SAMSAT'],
    ['this month, one agency', { from: day(29), to: today }, 'SAMSAT'],
    ['year, building', { from: day(364), to: today }, undefined],
    ['year, one agency', { from: day(364), to: today }, 'DUKCAPIL'],
    ['year, one agency, one service', { from: day(364), to: today, serviceCode: 'PKB' }, 'SAMSAT'],
  ],
});

/** Seeds a year of the scenario's office, then times its dashboard views and the live monitor. */
async function measure(scenario: Scenario): Promise<BenchRow[]> {
  const dir = makeTempDir('loket-bench-stats-');
  try {
    const { config } = scenario;
    const store = Store.open(dir.path);
    // "Today" is the latest weekday, at 10:00 in the office, so the live part runs at any hour.
    let now = Date.now();
    while (['sat', 'sun'].includes(toLocal(now, config.office.timeZone).weekday)) now -= 86400_000;
    const today = serviceDateOf(now, config.office.timeZone);
    const clock = { now: () => localTimeToEpoch(today, '10:00', config.office.timeZone) };
    const t0 = performance.now();
    const seeded = seedOffice(store, config, { days: 365, visitorsPerDay: scenario.visitorsPerDay, today });
    const office = createOfficeServices(store, config, clock, null);
    office.ratings.settle();
    const seedSeconds = (performance.now() - t0) / 1000;
    const sizeMiB = statSync(join(dir.path, 'loket.sqlite')).size / 1024 / 1024;

    // A live morning for the monitor: counters open, people waiting.
    for (const c of config.counters) if (c.number % 2 === 1) office.core.openCounter({ counter: c.number });
    for (let i = 0; i < 400; i++) office.core.issue({ serviceCode: config.services[i % config.services.length]?.code ?? '' }, 'none');

    const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) - offset * 86400_000).toISOString().slice(0, 10);
    const rows: BenchRow[] = [
      { suite: 'stats', metric: `${scenario.name}seeded tickets`, value: seeded.tickets, unit: 'tickets', target: '>= 1,000,000', ok: seeded.tickets >= 1_000_000 },
      { suite: 'stats', metric: `${scenario.name}seed time`, value: seedSeconds, unit: 's' },
      { suite: 'stats', metric: `${scenario.name}database size`, value: Math.round(sizeMiB), unit: 'MiB' },
    ];
    for (const [name, input, agency] of scenario.views(day, today)) {
      office.stats.view(input, agency);
      const ms = Array.from({ length: RUNS }, () => time(() => office.stats.view(input, agency)));
      const p95 = percentile(ms, 95);
      rows.push({ suite: 'stats', metric: `${scenario.name}view: ${name}, p95`, value: p95, unit: 'ms', target: '< 100 ms', ok: p95 < 100 });
    }
    const monitor = Array.from({ length: RUNS }, () => time(() => office.dispatcher.dispatch('monitor.live', {}, { role: 'supervisor', via: 'test' })));
    const monitorP95 = percentile(monitor, 95);
    rows.push({ suite: 'stats', metric: `${scenario.name}live monitor update, p95`, value: monitorP95, unit: 'ms', target: '< 20 ms', ok: monitorP95 < 20 });
    store.close();
    return rows;
  } finally {
    dir.remove();
  }
}

/** A big office's year of a million tickets, then a Mal Pelayanan Publik's, each view timed. */
export const suite: BenchSuite = async () => [...(await measure(BIG_OFFICE())), ...(await measure(MALL()))];
