/** One measured figure; every bench suite returns a list of these and bench/run.ts prints them as one table. */
export interface BenchRow {
  suite: string;
  metric: string;
  value: number;
  unit: string;
  /** What the issue asks for, in words (e.g. "< 200 ms"); empty when the figure is informative only. */
  target?: string;
  /** Whether the target is met; undefined when there is no target. */
  ok?: boolean;
}

export type BenchSuite = () => Promise<BenchRow[]>;

/**
 * The fewest samples a percentile above the median is reported from: enough that at least two samples
 * lie beyond it, so a "p99" is never just the maximum (200 for p99, 40 for p95).
 */
export function minSamplesFor(p: number): number {
  return p <= 50 ? 1 : Math.ceil(200 / (100 - p) - 1e-9);
}

/** Percentile by nearest rank over an unsorted sample; refuses a sample too small to tell it from the maximum. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const needed = minSamplesFor(p);
  if (samples.length < needed) throw new Error(`p${p} needs at least ${needed} samples, not ${samples.length}: take more, or report the maximum`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function printTable(rows: readonly BenchRow[]): void {
  const header = ['suite', 'metric', 'value', 'unit', 'target', 'ok'];
  const body = rows.map((r) => [
    r.suite,
    r.metric,
    Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(3),
    r.unit,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of body) console.log(line(row));
}
