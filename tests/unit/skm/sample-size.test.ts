import { describe, expect, it } from 'vitest';
import { krejcieMorganSampleSize, sampleProgress } from '../../../src/shared/skm';

/** Krejcie & Morgan (1970), Table 1: population N → sample S. */
const PUBLISHED: ReadonlyArray<readonly [number, number]> = [
  [10, 10], [15, 14], [20, 19], [25, 24], [30, 28], [35, 32], [40, 36], [45, 40], [50, 44], [55, 48],
  [60, 52], [65, 56], [70, 59], [75, 63], [80, 66], [85, 70], [90, 73], [95, 76], [100, 80], [110, 86],
  [120, 92], [130, 97], [140, 103], [150, 108], [160, 113], [170, 118], [180, 123], [190, 127], [200, 132],
  [210, 136], [220, 140], [230, 144], [240, 148], [250, 152], [260, 155], [270, 159], [280, 162], [290, 165],
  [300, 169], [320, 175], [340, 181], [360, 186], [380, 191], [400, 196], [420, 201], [440, 205], [460, 210],
  [480, 214], [500, 217], [550, 226], [600, 234], [650, 242], [700, 248], [750, 254], [800, 260], [850, 265],
  [900, 269], [950, 274], [1000, 278], [1100, 285], [1200, 291], [1300, 297], [1400, 302], [1500, 306],
  [1600, 310], [1700, 313], [1800, 317], [1900, 320], [2000, 322], [2200, 327], [2400, 331], [2600, 335],
  [2800, 338], [3000, 341], [3500, 346], [4000, 351], [4500, 354], [5000, 357], [6000, 361], [7000, 364],
  [8000, 367], [9000, 368], [10000, 370], [15000, 375], [20000, 377], [30000, 379], [40000, 380],
  [50000, 381], [75000, 382], [1000000, 384],
];

describe('krejcieMorganSampleSize', () => {
  it.each(PUBLISHED)('N = %i → S = %i', (population, sample) => {
    expect(krejcieMorganSampleSize(population)).toBe(sample);
  });

  it('gives 383 for N = 100000 (some copies misprint the last row as 100000 → 384)', () => {
    // 3.841 × 100000 × 0.25 / (0.0025 × 99999 + 0.96025) = 96025 / 250.95775 = 382.63 → 383
    expect(krejcieMorganSampleSize(100_000)).toBe(383);
  });

  it('never asks for more respondents than the population', () => {
    for (let population = 0; population <= 400; population++) {
      expect(krejcieMorganSampleSize(population)).toBeLessThanOrEqual(population);
    }
    expect(krejcieMorganSampleSize(1)).toBe(1);
  });

  it('rejects populations that are not counts', () => {
    for (const bad of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => krejcieMorganSampleSize(bad)).toThrow(/non-negative integer/);
    }
  });
});

describe('sampleProgress', () => {
  it('reports respondents ÷ target', () => {
    expect(sampleProgress(139, 278)).toEqual({ respondents: 139, target: 278, ratio: 0.5, reached: false });
    expect(sampleProgress(278, 278)).toMatchObject({ ratio: 1, reached: true });
    expect(sampleProgress(417, 278)).toMatchObject({ ratio: 1.5, reached: true });
  });

  it('is complete when no sample is needed', () => {
    expect(sampleProgress(0, 0)).toEqual({ respondents: 0, target: 0, ratio: 1, reached: true });
  });

  it('rejects counts that are not counts', () => {
    expect(() => sampleProgress(-1, 10)).toThrow('respondents must be a non-negative integer, got -1');
    expect(() => sampleProgress(1, 0.5)).toThrow('target must be a non-negative integer, got 0.5');
  });
});
