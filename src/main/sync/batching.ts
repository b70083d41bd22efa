import type { DailyCounterRow, SentUpTo } from '../store/dailyCountersRepo';

export interface PendingBatch {
  rows: { date: string; metric: string; value: number }[];
  /** Every change up to this one is wholly in this batch or an earlier one: the acknowledgement to persist. */
  through: number;
  /** Where the batch after this one starts, once this one was accepted. */
  next: SentUpTo;
}

type PendingAfter = (sent: SentUpTo, limit: number) => DailyCounterRow[];

/**
 * The next batch after `sent`, at most maxRows rows. A change larger than a batch (a month of seeded
 * history, a long day closed at once) is split: every row is an absolute daily value that the city
 * keeps with the greater-value rule, so each part is complete on its own and no part waits for another.
 * Only the acknowledgement waits: `through` stays below a split change until its last part, so a
 * change counts as sent only once all of its rows were accepted.
 */
export function nextBatch(pendingAfter: PendingAfter, sent: SentUpTo, maxRows: number): PendingBatch | null {
  const read = pendingAfter(sent, maxRows + 1);
  const rows = read.slice(0, maxRows);
  const last = rows[rows.length - 1];
  if (!last) return null;
  const split = read[maxRows]?.changeSeq === last.changeSeq;
  return {
    rows: rows.map((r) => ({ date: r.serviceDate, metric: r.metric, value: r.value })),
    through: split ? last.changeSeq - 1 : last.changeSeq,
    next: { changeSeq: last.changeSeq, within: split ? { serviceDate: last.serviceDate, metric: last.metric } : null },
  };
}

/** Every pending row after `sent` (the USB file), read a page at a time, and the change they reach. */
export function allPending(pendingAfter: PendingAfter, sent: SentUpTo, pageRows: number): { rows: PendingBatch['rows']; through: number } {
  const rows: PendingBatch['rows'] = [];
  let through = sent.within ? sent.changeSeq - 1 : sent.changeSeq;
  for (let batch = nextBatch(pendingAfter, sent, pageRows); batch; batch = nextBatch(pendingAfter, batch.next, pageRows)) {
    rows.push(...batch.rows);
    through = batch.through;
  }
  return { rows, through };
}
