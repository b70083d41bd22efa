import { describe, expect, it } from 'vitest';
import { refusalStep } from '../../../src/main/sync/refusals';

const row = (i: number) => ({ date: '2026-11-30', metric: `wait.count.S${i}`, value: i });
const AT = 1_764_464_400_000;

describe('rows the city refuses', () => {
  it('sets aside exactly the rows the city names, with its reason for each', () => {
    const rows = [row(1), row(2), row(3)];
    const step = refusalStep(
      rows,
      { code: 'invalid_rows', message: 'Some rows are invalid', refused: [{ date: '2026-11-30', metric: 'wait.count.S2', value: 2, reason: 'value above the bound' }] },
      AT,
    );
    expect(step).toEqual({ setAside: [{ ...row(2), code: 'invalid_rows', reason: 'value above the bound', at: AT }] });
  });

  it('narrows the batch down when the city names no row (an older city server), and sets a lone refused row aside with its message', () => {
    const refusal = { code: 'date_in_future', message: '1 row(s) are dated after 2026-12-01', refused: [] };
    expect(refusalStep([row(1), row(2), row(3)], refusal, AT)).toEqual({ retryWithRows: 2 });
    expect(refusalStep([row(1)], refusal, AT)).toEqual({ setAside: [{ ...row(1), code: 'date_in_future', reason: refusal.message, at: AT }] });
    // A list naming no row that was sent counts as no list.
    expect(refusalStep([row(1), row(2)], { ...refusal, refused: [{ ...row(9), reason: 'elsewhere' }] }, AT)).toEqual({ retryWithRows: 1 });
  });

  it('against a city that names nothing, ends with only the bad rows aside and every good row sent, in a bounded number of requests', () => {
    const rows = Array.from({ length: 500 }, (_, i) => row(i));
    const bad = new Set([3, 250, 251, 499]);
    const sent: number[] = [];
    const aside: number[] = [];
    let size = 500;
    let from = 0;
    let requests = 0;
    while (from < rows.length) {
      requests++;
      const batch = rows.slice(from, from + size);
      if (!batch.some((r) => bad.has(r.value))) {
        sent.push(...batch.map((r) => r.value));
        from += batch.length;
        size = Math.min(500, size * 2);
        continue;
      }
      const step = refusalStep(batch, { code: 'invalid_rows', message: 'invalid', refused: [] }, AT);
      if ('retryWithRows' in step) size = step.retryWithRows;
      else {
        aside.push(...step.setAside.map((r) => r.value));
        from += 1;
      }
    }
    expect(aside).toEqual([3, 250, 251, 499]);
    expect(sent).toHaveLength(496);
    expect(requests).toBeLessThan(100);
  });
});
