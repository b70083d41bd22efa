import { describe, expect, it } from 'vitest';
import { allPending, nextBatch } from '../../../src/main/sync/batching';
import type { DailyCounterRow, SentUpTo } from '../../../src/main/store/dailyCountersRepo';

/** Rows with the given change sequences, as DailyCountersRepo.pendingAfter would return them. */
function source(seqs: number[]) {
  const rows: DailyCounterRow[] = seqs.map((changeSeq, i) => ({ serviceDate: '2026-11-30', metric: `wait.count.S${String(i).padStart(4, '0')}`, value: i, changeSeq }));
  return (sent: SentUpTo, limit: number) =>
    rows
      .filter((r) => r.changeSeq > sent.changeSeq || (r.changeSeq === sent.changeSeq && sent.within !== null && r.metric > sent.within.metric))
      .slice(0, limit);
}

const start: SentUpTo = { changeSeq: 0, within: null };

describe('batches of pending rows', () => {
  it('sends everything when it fits and acknowledges the last change', () => {
    const b = nextBatch(source([1, 2, 2, 3]), start, 10);
    expect(b?.rows).toHaveLength(4);
    expect(b?.through).toBe(3);
    expect(b?.next).toEqual({ changeSeq: 3, within: null });
    expect(nextBatch(source([1, 2]), { changeSeq: 2, within: null }, 10)).toBeNull();
  });

  it('fills each batch and acknowledges a change split across batches only with its last part', () => {
    const src = source([1, 1, 2, 2, 2, 3]);
    const first = nextBatch(src, start, 4);
    expect(first?.rows).toHaveLength(4);
    // Change 2 continues in the next batch: only change 1 is wholly sent.
    expect(first?.through).toBe(1);
    const second = nextBatch(src, first?.next ?? start, 4);
    expect(second?.rows.map((r) => r.value)).toEqual([4, 5]);
    expect(second?.through).toBe(3);
  });

  it('sends one change larger than a batch in parts, never losing or repeating a row (was: refused for ever)', () => {
    const src = source(Array.from({ length: 3000 }, () => 7));
    const throughs: number[] = [];
    const values: number[] = [];
    let sent = start;
    for (let b = nextBatch(src, sent, 500); b; b = nextBatch(src, sent, 500)) {
      expect(b.rows.length).toBeLessThanOrEqual(500);
      throughs.push(b.through);
      values.push(...b.rows.map((r) => r.value));
      sent = b.next;
    }
    expect(values).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(throughs).toEqual([6, 6, 6, 6, 6, 7]);
  });

  it('collects every pending row for the USB file, through the last change', () => {
    const file = allPending(source([1, 2, 2, 2, 2, 2, 3]), start, 2);
    expect(file.rows).toHaveLength(7);
    expect(file.through).toBe(3);
    expect(allPending(source([1]), { changeSeq: 1, within: null }, 2)).toEqual({ rows: [], through: 1 });
  });
});
