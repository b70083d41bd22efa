import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  divide,
  formatRational,
  multiply,
  parseRational,
  rational,
  roundHalfUpToScale,
  subtract,
  sum,
  toNumber,
} from '../../../src/shared/skm';

describe('rational', () => {
  it('normalises sign and common factors', () => {
    expect(rational(6n, -8n)).toEqual({ numerator: -3n, denominator: 4n });
    expect(rational(0n, 5n)).toEqual({ numerator: 0n, denominator: 1n });
  });

  it('refuses a zero denominator and division by zero', () => {
    expect(() => rational(1n, 0n)).toThrow(/zero/);
    expect(() => divide(rational(1n), rational(0n))).toThrow(/zero/);
  });

  it('adds, subtracts, multiplies and divides exactly', () => {
    // 1/3 + 1/6 = 1/2; 1/3 − 1/6 = 1/6; 2/3 × 3/4 = 1/2; (1/2) ÷ (1/4) = 2
    expect(add(rational(1n, 3n), rational(1n, 6n))).toEqual(rational(1n, 2n));
    expect(subtract(rational(1n, 3n), rational(1n, 6n))).toEqual(rational(1n, 6n));
    expect(multiply(rational(2n, 3n), rational(3n, 4n))).toEqual(rational(1n, 2n));
    expect(divide(rational(1n, 2n), rational(1n, 4n))).toEqual(rational(2n));
  });

  it('sums nine ninths to exactly one, unlike floats', () => {
    expect(sum(Array.from({ length: 9 }, () => rational(1n, 9n)))).toEqual(rational(1n));
    expect(compare(rational(1n, 3n), rational(333n, 1000n))).toBe(1);
    expect(compare(rational(1n, 4n), rational(25n, 100n))).toBe(0);
  });

  it('parses decimals, fractions and numbers exactly', () => {
    expect(parseRational('0.11')).toEqual(rational(11n, 100n));
    expect(parseRational(' 1/9 ')).toEqual(rational(1n, 9n));
    expect(parseRational(0.1)).toEqual(rational(1n, 10n));
    expect(parseRational('1e-3')).toEqual(rational(1n, 1000n));
    expect(parseRational('-2.50')).toEqual(rational(-5n, 2n));
    expect(parseRational(1 / 9)).toEqual(rational(1111111111111111n, 10n ** 16n));
  });

  it('rejects text that is not a number', () => {
    for (const bad of ['', 'abc', '1/0', '0,11', '1e999', 'NaN']) expect(() => parseRational(bad)).toThrow();
  });

  it('rounds half up (away from zero) at the given scale', () => {
    // 6499.5 hundredths → 6500; 6499.4999… → 6499; −2.5 → −3
    expect(roundHalfUpToScale(rational(129990n, 2000n), 100n)).toBe(6500n);
    expect(roundHalfUpToScale(rational(649949n, 10000n), 100n)).toBe(6499n);
    expect(roundHalfUpToScale(rational(-5n, 2n), 1n)).toBe(-3n);
  });

  it('converts to a float and to text only at the end', () => {
    expect(toNumber(rational(1n, 4n))).toBe(0.25);
    expect(toNumber(rational(-7n, 2n))).toBe(-3.5);
    expect(formatRational(rational(2n, 18n))).toBe('1/9');
    expect(formatRational(rational(3n))).toBe('3');
  });
});
