import { accumulatorFromTotals, UNSUR_CODES, type IkmAccumulator } from '../../../src/shared/skm';

/** The domain note's worked example: totals U1…U9 of 100 respondents who all answered everything. */
export const WORKED_TOTALS = [356, 349, 331, 392, 352, 360, 365, 340, 335] as const;

export function workedExample(): IkmAccumulator {
  return accumulatorFromTotals(
    WORKED_TOTALS.map((total, i) => ({ code: UNSUR_CODES[i] ?? '', total, count: 100 })),
    100,
  );
}

/** Every unsur answered `count` times with the same total. */
export function uniform(totalPerUnsur: number, count: number): IkmAccumulator {
  return accumulatorFromTotals(UNSUR_CODES.map((code) => ({ code, total: totalPerUnsur, count })));
}
