import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOfficeConfig } from '../src/main/config/loadConfig';
import { createOfficeServices } from '../src/main/office';
import { seedOffice } from '../tools/seed/seedOffice';
import { OfficeInUseError } from '../src/main/durability/officeLock';
import { StorageError } from '../src/main/store/database';
import { Store } from '../src/main/store/store';
import { serviceDateOf } from '../src/shared/time/localTime';

/**
 * npm run seed -- --days 365 [--data ./data] [--config resources/office.example.json] [--visitors 240]
 * npm run seed -- --mpp [--days 365] [--data ./data]
 * Fills a fresh data folder with a realistic history of a busy office, so the dashboard has a year to show.
 * --mpp: a Mal Pelayanan Publik (resources/mpp.example.json: 12 agencies, 80 counters) with ~5,000 tickets a day.
 */
const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '365' },
    data: { type: 'string' },
    config: { type: 'string' },
    visitors: { type: 'string' },
    seed: { type: 'string' },
    mpp: { type: 'boolean', default: false },
  },
});
const MPP_CONFIG = 'resources/mpp.example.json';
const MPP_VISITORS_PER_DAY = 5000;
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 3650) {
  console.error('--days must be a whole number of days, 1–3650');
  process.exit(2);
}
const dataDir = resolve(values.data ?? process.env.LOKET_DATA_DIR ?? 'data');

/** A folder in use by a running office (or another tool) is refused at once, with who holds it. */
function openOrExit(dir: string): Store {
  try {
    return Store.open(dir);
  } catch (err) {
    if (!(err instanceof OfficeInUseError || err instanceof StorageError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}
const config = loadOfficeConfig(resolve(values.config ?? (values.mpp ? MPP_CONFIG : (process.env.LOKET_CONFIG ?? 'resources/office.example.json'))));
// A counter serves about 45 visitors in a 7-hour day; a busy office keeps them nearly all occupied.
const visitorsPerDay = values.visitors ? Number(values.visitors) : values.mpp ? MPP_VISITORS_PER_DAY : config.counters.length * 40;
const store = openOrExit(dataDir);
const today = serviceDateOf(Date.now(), config.office.timeZone, config.office.dayStartsAt);
if ((store.tickets.latestServiceDate() ?? '') !== '') {
  console.error(`${dataDir} already holds tickets; seed a fresh data folder (--data <folder>) so no history is mixed.`);
  store.close();
  process.exit(1);
}
const started = performance.now();
const result = seedOffice(store, config, {
  days,
  visitorsPerDay,
  today,
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  onDay: (date, n) => process.stdout.write(`\r${date}: ${n} tickets   `),
});
// Ratings reach the daily counters the way the running office does it.
createOfficeServices(store, config, undefined, null).ratings.settle();
store.close();
const seconds = (performance.now() - started) / 1000;
const size = statSync(join(dataDir, 'loket.sqlite')).size / 1024 / 1024;
console.log(
  `\nSeeded ${result.days} days, ${result.tickets} tickets, ${result.ratings} ratings in ${seconds.toFixed(1)} s; database ${size.toFixed(0)} MiB in ${dataDir}`,
);
