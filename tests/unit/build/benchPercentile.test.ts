import { describe, expect, it } from 'vitest';
import { minSamplesFor, percentile } from '../../../bench/table';

/** The bench reports a high percentile only from enough samples to tell it from the maximum. */
describe('the bench percentiles', () => {
  const samples = (n: number): number[] => Array.from({ length: n }, (_, i) => n - i);

  it('need two samples beyond them: 200 for p99, 40 for p95, any number for the median', () => {
    expect([minSamplesFor(99), minSamplesFor(95), minSamplesFor(90), minSamplesFor(50)]).toEqual([200, 40, 20, 1]);
  });

  it('refuse a p99 of 20 samples (the maximum in disguise), and give the 198th of 200', () => {
    expect(() => percentile(samples(20), 99)).toThrow('p99 needs at least 200 samples, not 20: take more, or report the maximum');
    expect(percentile(samples(200), 99)).toBe(198);
    expect(percentile(samples(40), 95)).toBe(38);
    expect(percentile(samples(3), 50)).toBe(2);
  });
});
