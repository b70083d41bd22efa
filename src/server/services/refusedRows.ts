import type { z } from 'zod';
import { SYNC_LIMITS } from '../../shared/sync/limits';
import { boundViolation } from '../../shared/sync/metricBounds';
import type { RefusedRow } from '../../shared/sync/protocol';

/**
 * The rows a refusal names, each with its reason, so the kiosk can set exactly these aside. A list never
 * holds more than a push's rows (a USB file's refusal may name fewer than it has; its message says how many).
 */
export const MAX_REFUSED_LISTED = SYNC_LIMITS.maxRowsPerBatch;

type Row = { date: string; metric: string; value: number };

const listable = (r: unknown): r is Row => {
  const row = r as Partial<Row> | null;
  return typeof row === 'object' && row !== null && typeof row.date === 'string' && typeof row.metric === 'string' && typeof row.value === 'number';
};

/** Rows whose value no office can reach in one day (metricBounds.ts). */
export function overBound(rows: readonly Row[]): RefusedRow[] {
  const out: RefusedRow[] = [];
  for (const r of rows) {
    const reason = boundViolation(r);
    if (reason !== null) out.push({ date: r.date, metric: r.metric, value: r.value, reason });
  }
  return out;
}

/** Rows dated after `latest` (the city's tomorrow). */
export function inFuture(rows: readonly Row[], latest: string): RefusedRow[] {
  return rows
    .filter((r) => r.date > latest)
    .map((r) => ({ date: r.date, metric: r.metric, value: r.value, reason: `dated after ${latest}, the city's tomorrow` }));
}

/** The rows a schema refused (issues under rows[i]), when they are readable enough to name. */
export function refusedByIssues(rows: unknown, error: z.ZodError): RefusedRow[] {
  if (!Array.isArray(rows)) return [];
  const reasons = new Map<number, string[]>();
  for (const issue of error.issues) {
    const [field, index, ...rest] = issue.path;
    if (field !== 'rows' || typeof index !== 'number') continue;
    const why = rest.length > 0 ? `${rest.map(String).join('.')} ${issue.message}` : issue.message;
    reasons.set(index, [...(reasons.get(index) ?? []), why]);
  }
  const out: RefusedRow[] = [];
  for (const [index, why] of [...reasons].sort(([a], [b]) => a - b)) {
    const r: unknown = rows[index];
    if (listable(r)) out.push({ date: r.date, metric: r.metric, value: r.value, reason: why.join('; ') });
    if (out.length === MAX_REFUSED_LISTED) break;
  }
  return out;
}
