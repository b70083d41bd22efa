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

/** Percentile by nearest rank over an unsorted sample. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
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
