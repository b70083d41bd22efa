import { printTable, type BenchRow, type BenchSuite } from './table';

/** npm run bench [-- suite …]: runs every suite (or the named ones) and prints one table. */
const SUITES: Record<string, () => Promise<{ suite: BenchSuite }>> = {
  issue: () => import('./issue.bench'),
  lan: () => import('./lan.bench'),
  signin: () => import('./signin.bench'),
  kiosk: () => import('./kiosk.bench'),
  ikm: () => import('./ikm.bench'),
  printer: () => import('./printer.bench'),
  display: () => import('./display.bench'),
  sync: () => import('./sync.bench'),
  province: () => import('./province.bench'),
  stats: () => import('./stats.bench'),
  ratings: () => import('./ratings.bench'),
  phone: () => import('./phone.bench'),
  booking: () => import('./booking.bench'),
  queueLength: () => import('./queueLength.bench'),
};

const wanted = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, load] of Object.entries(SUITES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  process.stderr.write(`running ${name}…\n`);
  rows.push(...(await (await load()).suite()));
}
printTable(rows);
if (rows.some((r) => r.ok === false)) process.exitCode = 1;
