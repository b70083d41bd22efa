import { describe, expect, it } from 'vitest';
import { nextBatch } from '../../../src/main/sync/batching';
import type { DailyCounterRow } from '../../../src/main/store/dailyCountersRepo';

/** Rows with the given change sequences, as changedSince would return them. */
function source(seqs: number[]) {
  const rows: DailyCounterRow[] = seqs.map((changeSeq, i) => ({ serviceDate: '2026-11-30', metric: `wait.count.S${i}`, value: i, changeSeq }));
  return (after: number, limit: number) => rows.filter((r) => r.changeSeq > after).slice(0, limit);
}

describe('batches of pending rows', () => {
  it('sends everything when it fits and acknowledges the last sequence', () => {
    const b = nextBatch(source([1, 2, 2, 3]), 0, 10);
    expect(b?.rows).toHaveLength(4);
    expect(b?.through).toBe(3);
    expect(nextBatch(source([1, 2]), 2, 10)).toBeNull();
  });

  it('never splits the rows of one change across an acknowledgement', () => {
    const src = source([1, 1, 2, 2, 2, 3]);
    const first = nextBatch(src, 0, 4);
    expect(first?.rows).toHaveLength(2);
    expect(first?.through).toBe(1);
    const second = nextBatch(src, first?.through ?? 0, 4);
    expect(second?.rows).toHaveLength(4);
    expect(second?.through).toBe(3);
  });

  it('refuses one change larger than a batch rather than losing part of it', () => {
    expect(() => nextBatch(source([5, 5, 5]), 0, 2)).toThrow(/more than 2/);
  });
});
