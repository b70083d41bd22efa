import type { Random } from '../../src/shared/seededRandom';

export { seededRandom, type Random } from '../../src/shared/seededRandom';

/** Poisson-distributed count with mean `lambda` (Knuth for small means, normal approximation above). */
export function poisson(random: Random, lambda: number): number {
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(random)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k += 1;
    p *= random();
  } while (p > limit);
  return k - 1;
}

export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A service duration around `median` minutes with a realistic right tail. */
export function logNormalMinutes(random: Random, median: number): number {
  return Math.max(0.5, median * Math.exp(0.45 * normal(random)));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
