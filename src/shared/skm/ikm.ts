import type { IkmAccumulator } from './accumulator';
import { classifyKonversi, roundKonversi, type SkmCategory } from './category';
import { SkmError } from './errors';
import { multiply, rational, sum, toNumber, type Rational } from './rational';
import { UNSUR_CODES, type UnsurCode } from './unsur';
import { equalWeights, parseWeights, type WeightConfig, type Weights } from './weights';

const KONVERSI_FACTOR = rational(25n);

export interface UnsurResult {
  readonly code: UnsurCode;
  readonly total: number;
  readonly count: number;
  /** Nilai rata-rata: total ÷ count, exact. */
  readonly nrrExact: Rational;
  /** NRR as a float, for display only. */
  readonly nrr: number;
  /** NRR × 25, rounded half-up to 2 decimals. */
  readonly konversi: number;
  readonly category: SkmCategory;
  /** Its weight in the IKM. */
  readonly weight: Rational;
}

export interface IkmResult {
  readonly respondents: number;
  /** The unsur in the IKM: those with at least one answer, in code order. */
  readonly unsurInUse: readonly UnsurCode[];
  /** Σ NRR × weight on the 1–4 scale, exact. */
  readonly ikmExact: Rational;
  /** The IKM as a float, unrounded, for display only. */
  readonly ikm: number;
  readonly konversiExact: Rational;
  /** IKM × 25, rounded half-up to 2 decimals: the published figure. */
  readonly konversi: number;
  /** Category of the rounded konversi. */
  readonly category: SkmCategory;
  /** One entry per unsur in use, in code order. */
  readonly unsur: readonly UnsurResult[];
}

export interface IkmOptions {
  /** Configured weights that sum to exactly 1; by default each answered unsur weighs 1/n. */
  readonly weights?: WeightConfig;
}

/** Configured weights must cover exactly the answered unsur, so no answer is silently left out. */
function resolveWeights(answered: readonly UnsurCode[], config: WeightConfig | undefined): Weights {
  if (config === undefined) return equalWeights(answered);
  const weights = parseWeights(config);
  for (const code of weights.keys()) {
    if (!answered.includes(code)) throw new SkmError('no-answers', `${code} has a configured weight but no answers`);
  }
  for (const code of answered) {
    if (!weights.has(code)) throw new SkmError('invalid-weights', `${code} has answers but no configured weight`);
  }
  return weights;
}

/** The IKM of Permenpan RB 14/2017, exact until the final rounding of the konversi. */
export function computeIkm(accumulator: IkmAccumulator, options: IkmOptions = {}): IkmResult {
  if (accumulator.kind !== 'skm') throw new SkmError('invalid-totals', 'computeIkm needs an SKM accumulator');
  const answered = UNSUR_CODES.filter((code) => accumulator.tallies[code].count > 0);
  if (answered.length === 0) throw new SkmError('no-answers', 'No unsur has any answers');
  const weights = resolveWeights(answered, options.weights);

  const unsur = answered.map((code): UnsurResult => {
    const { total, count } = accumulator.tallies[code];
    const nrrExact = rational(BigInt(total), BigInt(count));
    const konversi = roundKonversi(multiply(nrrExact, KONVERSI_FACTOR));
    return {
      code,
      total,
      count,
      nrrExact,
      nrr: toNumber(nrrExact),
      konversi,
      category: classifyKonversi(konversi),
      weight: weights.get(code) as Rational,
    };
  });

  const ikmExact = sum(unsur.map((u) => multiply(u.nrrExact, u.weight)));
  const konversiExact = multiply(ikmExact, KONVERSI_FACTOR);
  const konversi = roundKonversi(konversiExact);
  return {
    respondents: accumulator.respondents,
    unsurInUse: answered,
    ikmExact,
    ikm: toNumber(ikmExact),
    konversiExact,
    konversi,
    category: classifyKonversi(konversi),
    unsur,
  };
}
