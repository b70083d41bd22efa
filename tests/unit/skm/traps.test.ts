import { describe, expect, it } from 'vitest';
import {
  classifyKonversi,
  computeIkm,
  multiply,
  parseRational,
  parseWeights,
  rational,
  roundKonversi,
  sum,
  UNSUR_CODES,
} from '../../../src/shared/skm';
import { uniform, WORKED_TOTALS, workedExample } from './fixtures';

/*
 * Traps seen in existing apps, each of which turns the worked example's A (88.33) into a B.
 * Each test recomputes the trap by hand to show it changes the category, then checks that the
 * engine does not fall into it.
 */
describe('traps of the domain note', () => {
  const nrrs = WORKED_TOTALS.map((total) => rational(BigInt(total), 100n));
  const engine = computeIkm(workedExample());

  it('weight 0.11: 31.80 × 0.11 × 25 = 87.45 → B', () => {
    const trapped = roundKonversi(multiply(sum(nrrs.map((nrr) => multiply(nrr, parseRational('0.11')))), rational(25n)));
    expect(trapped).toBe(87.45);
    expect(classifyKonversi(trapped).mutu).toBe('B');
    expect(() => parseWeights(Object.fromEntries(UNSUR_CODES.map((code) => [code, 0.11])))).toThrow(/sum to exactly 1/);
    expect(engine.category.mutu).toBe('A');
  });

  it('weight 0.111: 31.80 × 0.111 × 25 = 88.245 → 88.25 → B', () => {
    const trapped = roundKonversi(multiply(sum(nrrs.map((nrr) => multiply(nrr, parseRational('0.111')))), rational(25n)));
    expect(trapped).toBe(88.25);
    expect(classifyKonversi(trapped).mutu).toBe('B');
    expect(() => parseWeights(Object.fromEntries(UNSUR_CODES.map((code) => [code, '0.111'])))).toThrow(/sum to exactly 1/);
    expect(engine.konversi).toBe(88.33);
  });

  it('rounding the 1–4 value first: 3.53 × 25 = 88.25 → B', () => {
    const roundedIkm = Math.round(engine.ikm * 100) / 100;
    expect(roundedIkm).toBe(3.53);
    const trapped = roundKonversi(multiply(parseRational(roundedIkm), rational(25n)));
    expect(trapped).toBe(88.25);
    expect(classifyKonversi(trapped).mutu).toBe('B');
    expect(engine.category.mutu).toBe('A');
  });

  it('floating point: 76.605 computed with float weights 1/9 lands on 76.60 → C', () => {
    // Every unsur 15321/5000 = 3.0642: exact konversi 76.605 → 76.61 → B.
    let floatIkm = 0;
    for (let i = 0; i < 9; i++) floatIkm += (15321 / 5000) * (1 / 9);
    const trapped = Math.round(floatIkm * 25 * 100) / 100;
    expect(trapped).toBe(76.6);
    expect(classifyKonversi(trapped).mutu).toBe('C');
    const result = computeIkm(uniform(15321, 5000));
    expect(result.konversi).toBe(76.61);
    expect(result.category.mutu).toBe('B');
  });

  it('the obsolete 2004 table would call 81.26 an A; the 2017 table says B', () => {
    // Every unsur 8126/2500 = 3.2504 → konversi 81.26
    const result = computeIkm(uniform(8126, 2500));
    expect(result.konversi).toBe(81.26);
    expect(result.category.mutu).toBe('B');
  });
});
