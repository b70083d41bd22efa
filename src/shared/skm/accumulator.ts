import { SkmError } from './errors';
import type { SurveyAnswers } from './schemas';
import { isUnsurCode, UNSUR_CODES, type Score, type UnsurCode } from './unsur';

export interface UnsurTally {
  /** Sum of the scores given to this unsur. */
  total: number;
  /** Number of answers to this unsur; skipped questions are not counted. */
  count: number;
}

/**
 * Integer sums per unsur: everything the IKM needs, and what a store can produce with
 * SUM/COUNT in SQL. `kind` keeps it structurally distinct from the quick-index tally.
 */
export interface IkmAccumulator {
  readonly kind: 'skm';
  /** Survey answer sets counted (including partial ones the caller chose to keep). */
  respondents: number;
  readonly tallies: Record<UnsurCode, UnsurTally>;
}

export function createAccumulator(): IkmAccumulator {
  const tallies = {} as Record<UnsurCode, UnsurTally>;
  for (const code of UNSUR_CODES) tallies[code] = { total: 0, count: 0 };
  return { kind: 'skm', respondents: 0, tallies };
}

/** Adds one answer set in place (no copy: reports fold hundreds of thousands of surveys). */
export function addSurvey(accumulator: IkmAccumulator, answers: SurveyAnswers): void {
  for (const code of UNSUR_CODES) {
    const score: unknown = answers[code];
    if (score === undefined) continue;
    // Cheap guard for data that bypassed the schema: one bad score would skew the published index.
    if (score !== 1 && score !== 2 && score !== 3 && score !== 4) {
      throw new SkmError('invalid-totals', `${code}: score must be 1, 2, 3 or 4, got ${String(score)}`);
    }
    const tally = accumulator.tallies[code];
    tally.total += score;
    tally.count += 1;
  }
  accumulator.respondents += 1;
}

export function accumulateSurveys(surveys: Iterable<SurveyAnswers>): IkmAccumulator {
  const accumulator = createAccumulator();
  for (const answers of surveys) addSurvey(accumulator, answers);
  return accumulator;
}

/** One accumulator per group (service, counter, month…) in a single pass. */
export function accumulateBy<T, K>(
  items: Iterable<T>,
  keyOf: (item: T) => K,
  answersOf: (item: T) => SurveyAnswers,
): Map<K, IkmAccumulator> {
  const groups = new Map<K, IkmAccumulator>();
  for (const item of items) {
    const key = keyOf(item);
    let accumulator = groups.get(key);
    if (accumulator === undefined) {
      accumulator = createAccumulator();
      groups.set(key, accumulator);
    }
    addSurvey(accumulator, answersOf(item));
  }
  return groups;
}

export function mergeAccumulators(accumulators: Iterable<IkmAccumulator>): IkmAccumulator {
  const merged = createAccumulator();
  for (const accumulator of accumulators) {
    merged.respondents += accumulator.respondents;
    for (const code of UNSUR_CODES) {
      merged.tallies[code].total += accumulator.tallies[code].total;
      merged.tallies[code].count += accumulator.tallies[code].count;
    }
  }
  return merged;
}

export interface UnsurTotalsRow {
  readonly code: string;
  readonly total: number;
  readonly count: number;
}

function checkCount(label: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new SkmError('invalid-totals', `${label} must be a non-negative integer, got ${value}`);
  }
}

/**
 * Builds an accumulator from stored sums (e.g. SQL `GROUP BY unsur` rows, possibly one per day:
 * rows for the same code add up). Totals outside count…4×count cannot come from 1–4 scores.
 */
export function accumulatorFromTotals(rows: Iterable<UnsurTotalsRow>, respondents?: number): IkmAccumulator {
  const accumulator = createAccumulator();
  for (const row of rows) {
    if (!isUnsurCode(row.code)) throw new SkmError('invalid-totals', `Unknown unsur code: ${row.code}`);
    checkCount(`${row.code} count`, row.count);
    checkCount(`${row.code} total`, row.total);
    if (row.total < row.count || row.total > 4 * row.count) {
      throw new SkmError(
        'invalid-totals',
        `${row.code}: total ${row.total} is impossible for ${row.count} answers scored 1–4`,
      );
    }
    accumulator.tallies[row.code].total += row.total;
    accumulator.tallies[row.code].count += row.count;
  }
  const mostAnswers = Math.max(...UNSUR_CODES.map((code) => accumulator.tallies[code].count));
  if (respondents !== undefined) {
    checkCount('respondents', respondents);
    if (respondents < mostAnswers) {
      throw new SkmError('invalid-totals', `respondents (${respondents}) is less than the answers to one unsur (${mostAnswers})`);
    }
  }
  accumulator.respondents = respondents ?? mostAnswers;
  return accumulator;
}

export interface ScoreCountRow {
  readonly code: string;
  readonly score: Score;
  readonly count: number;
}

/** Builds an accumulator from per-unsur-per-score counters (the shape the sync table keeps). */
export function accumulatorFromScoreCounts(rows: Iterable<ScoreCountRow>, respondents?: number): IkmAccumulator {
  const totals: UnsurTotalsRow[] = [];
  for (const row of rows) {
    const score: unknown = row.score;
    if (score !== 1 && score !== 2 && score !== 3 && score !== 4) {
      throw new SkmError('invalid-totals', `${row.code}: score must be 1, 2, 3 or 4, got ${String(score)}`);
    }
    checkCount(`${row.code} count of score ${score}`, row.count);
    totals.push({ code: row.code, total: score * row.count, count: row.count });
  }
  return accumulatorFromTotals(totals, respondents);
}

export function hasAnswers(accumulator: IkmAccumulator): boolean {
  return UNSUR_CODES.some((code) => accumulator.tallies[code].count > 0);
}
