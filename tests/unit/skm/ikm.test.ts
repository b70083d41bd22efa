import { describe, expect, it } from 'vitest';
import {
  accumulateSurveys,
  accumulatorFromTotals,
  computeIkm,
  createAccumulator,
  isCompleteSurvey,
  rational,
  UNSUR_CODES,
  type SurveyAnswers,
} from '../../../src/shared/skm';
import { uniform, workedExample } from './fixtures';

describe('computeIkm — worked example of the domain note', () => {
  const result = computeIkm(workedExample());

  it('gives 88.33, A, Sangat Baik', () => {
    // Σ totals 3180; NRR sum 31.80; IKM = 31.80 / 9 = 3.5333… = 53/15; konversi = 1325/15 = 88.333… → 88.33
    expect(result.ikmExact).toEqual(rational(53n, 15n));
    expect(result.ikm).toBeCloseTo(3.53333, 5);
    expect(result.konversiExact).toEqual(rational(265n, 3n));
    expect(result.konversi).toBe(88.33);
    expect(result.category.mutu).toBe('A');
    expect(result.category.kinerja).toBe('Sangat Baik');
    expect(result.respondents).toBe(100);
    expect(result.unsurInUse).toEqual(UNSUR_CODES);
  });

  it('reports NRR and konversi per unsur, weakest U3 and U9', () => {
    // NRR = total/100; konversi = NRR × 25 = total / 4
    expect(result.unsur.map((u) => u.nrr)).toEqual([3.56, 3.49, 3.31, 3.92, 3.52, 3.6, 3.65, 3.4, 3.35]);
    expect(result.unsur.map((u) => u.konversi)).toEqual([89, 87.25, 82.75, 98, 88, 90, 91.25, 85, 83.75]);
    expect(result.unsur.map((u) => u.category.mutu)).toEqual(['A', 'B', 'B', 'A', 'B', 'A', 'A', 'B', 'B']);
    const weakest = [...result.unsur].sort((a, b) => a.konversi - b.konversi).slice(0, 2);
    expect(weakest.map((u) => u.code)).toEqual(['U3', 'U9']);
    for (const u of result.unsur) expect(u.weight).toEqual(rational(1n, 9n));
  });
});

/*
 * Hand-computed dataset with skipped answers (– = skipped):
 *        U1 U2 U3 U4 U5 U6 U7 U8 U9
 *   R1    4  3  3  4  3  3  4  3  2
 *   R2    3  3  2  4  3  3  3  3  –
 *   R3    4  4  3  4  4  4  4  3  1
 *   R4    3  –  2  4  3  3  4  2  –
 * totals  14 10 10 16 13 13 15 11  3
 * counts   4  3  4  4  4  4  4  4  2
 * NRR    3.5 10/3 2.5 4 3.25 3.25 3.75 2.75 1.5      Σ = 24.5 + 10/3 = 167/6
 * IKM = 167/54 = 3.0925…; konversi = 4175/54 = 77.3148… → 77.31 → B (Baik)
 * Per unsur konversi: 87.50 B, 83.33 B, 62.50 D, 100.00 A, 81.25 B, 81.25 B, 93.75 A, 68.75 C, 37.50 D
 * If skips were counted as answers worth 0 (÷ 4 respondents): U2 = 2.5, U9 = 0.75 → Σ 26.25 → 72.92 → C.
 */
const R1: SurveyAnswers = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 3, U7: 4, U8: 3, U9: 2 };
const R2: SurveyAnswers = { U1: 3, U2: 3, U3: 2, U4: 4, U5: 3, U6: 3, U7: 3, U8: 3 };
const R3: SurveyAnswers = { U1: 4, U2: 4, U3: 3, U4: 4, U5: 4, U6: 4, U7: 4, U8: 3, U9: 1 };
const R4: SurveyAnswers = { U1: 3, U3: 2, U4: 4, U5: 3, U6: 3, U7: 4, U8: 2 };

describe('computeIkm — skipped answers', () => {
  const result = computeIkm(accumulateSurveys([R1, R2, R3, R4]));

  it('divides each unsur by its own number of answers', () => {
    expect(result.unsur.map((u) => [u.total, u.count])).toEqual([
      [14, 4], [10, 3], [10, 4], [16, 4], [13, 4], [13, 4], [15, 4], [11, 4], [3, 2],
    ]);
    expect(result.unsur[1]?.nrrExact).toEqual(rational(10n, 3n));
    expect(result.ikmExact).toEqual(rational(167n, 54n));
    expect(result.konversi).toBe(77.31);
    expect(result.category.mutu).toBe('B');
    expect(result.respondents).toBe(4);
  });

  it('classifies each unsur by its own konversi', () => {
    expect(result.unsur.map((u) => u.konversi)).toEqual([87.5, 83.33, 62.5, 100, 81.25, 81.25, 93.75, 68.75, 37.5]);
    expect(result.unsur.map((u) => u.category.mutu)).toEqual(['B', 'B', 'D', 'A', 'B', 'B', 'A', 'C', 'D']);
  });

  it('lets the caller drop partial surveys', () => {
    // R1 and R3 only: totals 8 7 6 8 7 7 8 6 3 over 2 → Σ NRR = 60/2 = 30 → IKM 10/3 → 83.33 → B
    const complete = computeIkm(accumulateSurveys([R1, R2, R3, R4].filter((s) => isCompleteSurvey(s))));
    expect(complete.respondents).toBe(2);
    expect(complete.ikmExact).toEqual(rational(10n, 3n));
    expect(complete.konversi).toBe(83.33);
  });

  it('weighs 1/n over the unsur in use when one was never answered', () => {
    // Nobody answered U9: U1…U8 weigh 1/8. R2 + R4: totals 6 3 4 8 6 6 7 5, counts 2 1 2 2 2 2 2 2
    // NRR 3 3 2 4 3 3 3.5 2.5 → Σ 24 → IKM 3 → konversi 75.00 → C
    const result8 = computeIkm(accumulateSurveys([R2, R4]));
    expect(result8.unsurInUse).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8']);
    expect(result8.unsur.every((u) => u.weight.denominator === 8n)).toBe(true);
    expect(result8.ikmExact).toEqual(rational(3n));
    expect(result8.konversi).toBe(75);
    expect(result8.category.mutu).toBe('C');
  });
});

describe('computeIkm — category boundaries', () => {
  // With every unsur answered 2500 times, NRR = total/2500 and konversi = total/100, so the total
  // per unsur is the konversi in hundredths; with 5000 answers konversi = total/200.
  it.each([
    [2500, 2500, '1', 25, 'D'],
    [6499, 2500, '2.5996', 64.99, 'D'],
    [6500, 2500, '2.6', 65, 'C'],
    [7660, 2500, '3.064', 76.6, 'C'],
    [7661, 2500, '3.0644', 76.61, 'B'],
    [8830, 2500, '3.532', 88.3, 'B'],
    [8831, 2500, '3.5324', 88.31, 'A'],
    [10000, 2500, '4', 100, 'A'],
    [12998, 5000, '2.5996', 64.99, 'D'],
    [12999, 5000, '2.5998', 65, 'C'], // 64.995 rounds half-up
    [15321, 5000, '3.0642', 76.61, 'B'], // 76.605 rounds half-up, though 3.0642 < 3.0644
    [17660, 5000, '3.532', 88.3, 'B'],
    [17661, 5000, '3.5322', 88.31, 'A'], // 88.305
  ] as const)('total %i of %i answers → IKM %s → %s → %s', (total, count, ikm, konversi, mutu) => {
    const result = computeIkm(uniform(total, count));
    expect(result.ikmExact).toEqual(rational(BigInt(total), BigInt(count)));
    expect(result.ikm).toBeCloseTo(Number(ikm), 12);
    expect(result.konversi).toBe(konversi);
    expect(result.category.mutu).toBe(mutu);
  });

  it('classifies the overall konversi apart from each unsur', () => {
    // Totals 8832×8 + 8823 over 2500: Σ = 79479 → konversi 79479/900 = 88.31 → A,
    // though U9 alone is 88.23 (B).
    const accumulator = accumulatorFromTotals(
      UNSUR_CODES.map((code) => ({ code, total: code === 'U9' ? 8823 : 8832, count: 2500 })),
    );
    const result = computeIkm(accumulator);
    expect(result.konversi).toBe(88.31);
    expect(result.category.mutu).toBe('A');
    expect(result.unsur.at(-1)?.category.mutu).toBe('B');
  });
});

describe('computeIkm — refusals', () => {
  it('needs at least one answer', () => {
    expect(() => computeIkm(createAccumulator())).toThrow('No unsur has any answers');
  });
});
