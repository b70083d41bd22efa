import type { RefusedRow } from '../../shared/sync/protocol';
import type { SetAsideRow } from '../store/syncSetAsideRepo';
import type { PendingBatch } from './batching';

/** Refusals about rows, not the push: the city stored nothing, and the rows it names can be set aside. */
const ROW_REFUSALS: ReadonlySet<string> = new Set(['invalid_rows', 'date_in_future']);

export function isRowRefusal(code: string): boolean {
  return ROW_REFUSALS.has(code);
}

/** Set these rows aside and send again, or send again with a smaller batch. */
export type RefusalStep = { setAside: SetAsideRow[] } | { retryWithRows: number };

/**
 * What to do after the city refused rows of a batch. The rows it names are set aside and the rest goes
 * again at once. A city that names none (a server older than the `refused` list, or a list matching no
 * row sent) is asked again with half the batch, down to a single row it still refuses: that row is set
 * aside with the city's message. Every step sets a row aside or halves the batch, so it always ends, and
 * only the refused rows stay behind.
 */
export function refusalStep(
  rows: PendingBatch['rows'],
  refusal: { code: string; message: string; refused: readonly RefusedRow[] },
  at: number,
): RefusalStep {
  const sent = new Map(rows.map((r) => [`${r.date}|${r.metric}`, r]));
  const named = new Map<string, SetAsideRow>();
  for (const f of refusal.refused) {
    const row = sent.get(`${f.date}|${f.metric}`);
    if (row) named.set(`${f.date}|${f.metric}`, { ...row, code: refusal.code, reason: f.reason, at });
  }
  if (named.size > 0) return { setAside: [...named.values()] };
  if (rows.length > 1) return { retryWithRows: Math.ceil(rows.length / 2) };
  return { setAside: rows.map((r) => ({ ...r, code: refusal.code, reason: refusal.message, at })) };
}
