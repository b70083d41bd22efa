import { describe, expect, it } from 'vitest';
import { computeIkm, equalWeights, parseWeights, rational, UNSUR_CODES, weightConfigSchema, type WeightConfig } from '../../../src/shared/skm';
import { workedExample } from './fixtures';

function allNine(weight: string | number): WeightConfig {
  return Object.fromEntries(UNSUR_CODES.map((code) => [code, weight]));
}

describe('parseWeights', () => {
  it('accepts weights that sum to exactly 1', () => {
    const weights = parseWeights({ U1: '1/2', U2: 0.25, U3: rational(1n, 4n) });
    expect(weights.get('U1')).toEqual(rational(1n, 2n));
    expect(weights.get('U2')).toEqual(rational(1n, 4n));
    expect(parseWeights(allNine('1/9')).size).toBe(9);
  });

  it.each([
    ['0.11 each (Σ 0.99)', allNine(0.11), 'Weights must sum to exactly 1, but they sum to 99/100'],
    ['0.111 each (Σ 0.999)', allNine('0.111'), 'Weights must sum to exactly 1, but they sum to 999/1000'],
    ['the float 1/9 each', allNine(1 / 9), /sum to exactly 1, but they sum to 9999999999999999\/10000000000000000/],
    ['0.12 each (Σ 1.08)', allNine(0.12), 'Weights must sum to exactly 1, but they sum to 27/25'],
  ])('rejects %s', (_label, config, message) => {
    expect(() => parseWeights(config)).toThrow(message);
  });

  it('rejects zero, negative, unreadable and unknown weights', () => {
    expect(() => parseWeights({ U1: 1, U2: 0 })).toThrow('Weight of U2 must be greater than 0');
    expect(() => parseWeights({ U1: 1.5, U2: -0.5 })).toThrow('Weight of U2 must be greater than 0');
    expect(() => parseWeights({ U1: 'half', U2: 0.5 })).toThrow('Weight of U1: "half" is not a decimal or fraction');
    expect(() => parseWeights({ U1: 0.5, U10: 0.5 } as WeightConfig)).toThrow('Unknown unsur code in weights: U10');
    expect(() => parseWeights({})).toThrow('Weights must name at least one unsur');
  });
});

describe('equalWeights', () => {
  it('gives 1/n each', () => {
    expect([...equalWeights(['U1', 'U2', 'U3']).values()]).toEqual([rational(1n, 3n), rational(1n, 3n), rational(1n, 3n)]);
    expect(() => equalWeights([])).toThrow();
  });
});

describe('weightConfigSchema', () => {
  it('reports the exact-sum check as an issue', () => {
    expect(weightConfigSchema.safeParse(allNine('1/9')).success).toBe(true);
    const result = weightConfigSchema.safeParse(allNine(0.11));
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Weights must sum to exactly 1, but they sum to 99/100',
    ]);
    expect(weightConfigSchema.safeParse({ U1: 1, U12: 0 }).success).toBe(false);
    expect(weightConfigSchema.safeParse({ U1: true }).success).toBe(false);
  });
});

describe('computeIkm with configured weights', () => {
  it('gives exactly the default result for "1/9" each', () => {
    expect(computeIkm(workedExample(), { weights: allNine('1/9') })).toEqual(computeIkm(workedExample()));
  });

  it('weighs unsur unequally', () => {
    // U4 (NRR 3.92) weighs 0.2, the other eight 0.1: IKM = 0.1 × (31.80 − 3.92) + 0.2 × 3.92
    // = 2.788 + 0.784 = 3.572 → konversi 89.30 → A
    const weights: WeightConfig = { ...allNine('0.1'), U4: '0.2' };
    const result = computeIkm(workedExample(), { weights });
    expect(result.ikmExact).toEqual(rational(3572n, 1000n));
    expect(result.konversi).toBe(89.3);
    expect(result.unsur[3]?.weight).toEqual(rational(1n, 5n));
  });

  it('refuses weights that do not cover exactly the answered unsur', () => {
    expect(() => computeIkm(workedExample(), { weights: { U1: 0.5, U2: 0.5 } })).toThrow('U3 has answers but no configured weight');
    const { U9: _dropped, ...eight } = allNine(0.125);
    expect(() => computeIkm(workedExample(), { weights: { ...eight, U9: 0 } })).toThrow('Weight of U9 must be greater than 0');
  });

  it('refuses a weight for an unsur nobody answered', () => {
    const accumulator = workedExample();
    accumulator.tallies.U9 = { total: 0, count: 0 };
    expect(() => computeIkm(accumulator, { weights: allNine('1/9') })).toThrow('U9 has a configured weight but no answers');
  });
});
