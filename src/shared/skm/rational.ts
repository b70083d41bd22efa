import { SkmError } from './errors';

/**
 * An exact fraction, always normalised: denominator > 0 and gcd(numerator, denominator) = 1.
 * The IKM is a sum of fractions whose float value can sit a hair on the wrong side of a category
 * boundary, so every step before the final rounding stays exact.
 */
export interface Rational {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d === 0n) throw new SkmError('invalid-number', 'Denominator must not be zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { numerator: n / g, denominator: d / g } : { numerator: n, denominator: d };
}

export const ZERO: Rational = rational(0n);
export const ONE: Rational = rational(1n);

export function add(a: Rational, b: Rational): Rational {
  return rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

export function subtract(a: Rational, b: Rational): Rational {
  return rational(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator);
}

export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.numerator * b.numerator, a.denominator * b.denominator);
}

export function divide(a: Rational, b: Rational): Rational {
  if (b.numerator === 0n) throw new SkmError('invalid-number', 'Division by zero');
  return rational(a.numerator * b.denominator, a.denominator * b.numerator);
}

export function sum(values: Iterable<Rational>): Rational {
  let total = ZERO;
  for (const value of values) total = add(total, value);
  return total;
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compare(a: Rational, b: Rational): number {
  const difference = a.numerator * b.denominator - b.numerator * a.denominator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function equals(a: Rational, b: Rational): boolean {
  return a.numerator === b.numerator && a.denominator === b.denominator;
}

/** Rounds half away from zero to a whole number of 1/scale units, e.g. scale 100n for 2 decimals. */
export function roundHalfUpToScale(value: Rational, scale: bigint): bigint {
  const scaled = value.numerator * scale;
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (2n * magnitude + value.denominator) / (2n * value.denominator);
  return scaled < 0n ? -rounded : rounded;
}

/** The only place a Rational becomes a float: for display, after all exact work is done. */
export function toNumber(value: Rational): number {
  const whole = value.numerator / value.denominator;
  const remainder = value.numerator - whole * value.denominator;
  return Number(whole) + Number(remainder) / Number(value.denominator);
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;
const MAX_EXPONENT = 100;
const FRACTION = /^([+-]?\d+)\s*\/\s*(\d+)$/;

/**
 * Reads "0.125", "1/9", "-2", "1e-3" exactly. A JS number is read through its shortest
 * round-trip decimal, so 0.11 means exactly 11/100 — what the person who typed it meant.
 */
export function parseRational(input: string | number): Rational {
  const text = typeof input === 'number' ? String(input) : input.trim();
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const [, n = '', d = ''] = fraction;
    if (BigInt(d) === 0n) throw new SkmError('invalid-number', `"${text}" has a zero denominator`);
    return rational(BigInt(n), BigInt(d));
  }
  const decimal = DECIMAL.exec(text);
  if (!decimal) throw new SkmError('invalid-number', `"${text}" is not a decimal or fraction`);
  const [, sign = '', whole = '', fractionDigits = '', exponentText = '0'] = decimal;
  const exponent = Number(exponentText) - fractionDigits.length;
  // A config typo like 1e999999 must not make the process build a gigantic bigint.
  if (Math.abs(exponent) > MAX_EXPONENT) throw new SkmError('invalid-number', `"${text}" is out of range`);
  let numerator = BigInt(whole + fractionDigits);
  if (sign === '-') numerator = -numerator;
  return exponent >= 0 ? rational(numerator * 10n ** BigInt(exponent)) : rational(numerator, 10n ** BigInt(-exponent));
}

export function formatRational(value: Rational): string {
  return value.denominator === 1n ? String(value.numerator) : `${value.numerator}/${value.denominator}`;
}
