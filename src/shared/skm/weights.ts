import { z } from 'zod';
import { SkmError } from './errors';
import { compare, equals, formatRational, ONE, parseRational, rational, sum, ZERO, type Rational } from './rational';
import { isUnsurCode, UNSUR_CODES, type UnsurCode } from './unsur';

/** A weight as an office writes it: "1/9", "0.125", 0.125, or an exact Rational. */
export type WeightValue = Rational | string | number;

export type WeightConfig = Partial<Record<UnsurCode, WeightValue>>;

export type Weights = ReadonlyMap<UnsurCode, Rational>;

function toRational(value: WeightValue): Rational {
  return typeof value === 'object' ? rational(value.numerator, value.denominator) : parseRational(value);
}

/**
 * Reads configured weights exactly and checks they sum to exactly 1. Approximations such as
 * 0.11 or 0.111 for 1/9 are refused: they silently move offices across category boundaries.
 */
export function parseWeights(config: WeightConfig): Weights {
  const weights = new Map<UnsurCode, Rational>();
  for (const [code, value] of Object.entries(config)) {
    if (!isUnsurCode(code)) throw new SkmError('invalid-weights', `Unknown unsur code in weights: ${code}`);
    if (value === undefined) continue;
    let weight: Rational;
    try {
      weight = toRational(value);
    } catch (error) {
      throw new SkmError('invalid-weights', `Weight of ${code}: ${(error as Error).message}`);
    }
    if (compare(weight, ZERO) <= 0) throw new SkmError('invalid-weights', `Weight of ${code} must be greater than 0`);
    weights.set(code, weight);
  }
  if (weights.size === 0) throw new SkmError('invalid-weights', 'Weights must name at least one unsur');
  const total = sum(weights.values());
  if (!equals(total, ONE)) {
    throw new SkmError('invalid-weights', `Weights must sum to exactly 1, but they sum to ${formatRational(total)}`);
  }
  return weights;
}

/** The regulation's default: every unsur in use weighs 1/n. */
export function equalWeights(codes: readonly UnsurCode[]): Weights {
  if (codes.length === 0) throw new SkmError('invalid-weights', 'Equal weights need at least one unsur');
  const weight = rational(1n, BigInt(codes.length));
  return new Map(codes.map((code) => [code, weight]));
}

const weightValueSchema = z.union([z.string(), z.number()], { error: () => 'A weight must be a number or a string such as "1/9"' });

/** For settings input: the same exact check as parseWeights, reported as a zod issue. */
export const weightConfigSchema = z
  .strictObject(
    Object.fromEntries(UNSUR_CODES.map((code) => [code, weightValueSchema.optional()])) as Record<
      UnsurCode,
      z.ZodOptional<typeof weightValueSchema>
    >,
  )
  .superRefine((config, context) => {
    try {
      parseWeights(config);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });
