import type { DailyCounterRow } from '../store/dailyCountersRepo';

export interface PendingBatch {
  rows: { date: string; metric: string; value: number }[];
  /** The change sequence every row up to which is in this batch: the acknowledgement to persist. */
  through: number;
}

type ChangedSince = (changeSeq: number, limit: number) => DailyCounterRow[];

/**
 * The next batch after the acknowledged sequence, at most maxRows rows. Rows written in one
 * transaction share a change sequence, so a batch ends at a sequence boundary: acknowledging a
 * sequence must mean every row of it was sent.
 */
export function nextBatch(changedSince: ChangedSince, ackedSeq: number, maxRows: number): PendingBatch | null {
  const rows = changedSince(ackedSeq, maxRows + 1);
  const last = rows[rows.length - 1];
  if (!last) return null;
  if (rows.length <= maxRows) return toBatch(rows, last.changeSeq);
  const cutSeq = (rows[maxRows] as DailyCounterRow).changeSeq;
  const kept = rows.filter((r) => r.changeSeq < cutSeq);
  if (kept.length === 0) {
    throw new Error(`One change wrote more than ${maxRows} counter rows (change ${cutSeq}); it cannot be sent in one batch.`);
  }
  return toBatch(kept, cutSeq - 1);
}

function toBatch(rows: DailyCounterRow[], through: number): PendingBatch {
  return { rows: rows.map((r) => ({ date: r.serviceDate, metric: r.metric, value: r.value })), through };
}
