import { SkmError } from './errors';
import { add, divide, multiply, ONE, rational, roundHalfUpToScale, subtract } from './rational';

/** Krejcie & Morgan (1970): χ² for 1 degree of freedom at 95 %, P = 0.5, margin d = 0.05. */
const CHI_SQUARED = rational(3841n, 1000n);
const PROPORTION = rational(1n, 2n);
const MARGIN = rational(1n, 20n);
const CHI_SQUARED_PQ = multiply(CHI_SQUARED, multiply(PROPORTION, subtract(ONE, PROPORTION)));
const MARGIN_SQUARED = multiply(MARGIN, MARGIN);

/**
 * S = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), rounded to the nearest integer as the published
 * table is. Computed exactly, so values near .5 round the way the table does.
 */
export function krejcieMorganSampleSize(population: number): number {
  if (!Number.isSafeInteger(population) || population < 0) {
    throw new SkmError('invalid-number', `Population must be a non-negative integer, got ${population}`);
  }
  if (population === 0) return 0;
  const n = rational(BigInt(population));
  const sample = divide(multiply(CHI_SQUARED_PQ, n), add(multiply(MARGIN_SQUARED, subtract(n, ONE)), CHI_SQUARED_PQ));
  return Number(roundHalfUpToScale(sample, 1n));
}

export interface SampleProgress {
  readonly respondents: number;
  readonly target: number;
  /** respondents ÷ target; above 1 once the target is passed; 1 when no sample is needed. */
  readonly ratio: number;
  readonly reached: boolean;
}

export function sampleProgress(respondents: number, target: number): SampleProgress {
  for (const [label, value] of [['respondents', respondents], ['target', target]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new SkmError('invalid-number', `${label} must be a non-negative integer, got ${value}`);
    }
  }
  return {
    respondents,
    target,
    ratio: target === 0 ? 1 : respondents / target,
    reached: respondents >= target,
  };
}
