import { describe, expect, it } from 'vitest';
import {
  accumulateBy,
  accumulateSurveys,
  accumulatorFromScoreCounts,
  accumulatorFromTotals,
  addSurvey,
  createAccumulator,
  hasAnswers,
  isCompleteSurvey,
  mergeAccumulators,
  type SurveyAnswers,
} from '../../../src/shared/skm';

const full: SurveyAnswers = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 3, U7: 4, U8: 3, U9: 2 };
const partial: SurveyAnswers = { U1: 3, U3: 2, U9: 1 };

describe('accumulateSurveys', () => {
  it('adds scores and counts only answered unsur', () => {
    const accumulator = accumulateSurveys([full, partial]);
    expect(accumulator.respondents).toBe(2);
    expect(accumulator.tallies.U1).toEqual({ total: 7, count: 2 });
    expect(accumulator.tallies.U2).toEqual({ total: 3, count: 1 });
    expect(accumulator.tallies.U9).toEqual({ total: 3, count: 2 });
  });

  it('refuses a score that bypassed the schema', () => {
    expect(() => addSurvey(createAccumulator(), { U2: 5 } as unknown as SurveyAnswers)).toThrow('U2: score must be 1, 2, 3 or 4, got 5');
  });

  it('starts empty', () => {
    expect(hasAnswers(createAccumulator())).toBe(false);
    expect(hasAnswers(accumulateSurveys([{ U4: 1 }]))).toBe(true);
    expect(hasAnswers(accumulateSurveys([{}]))).toBe(false);
  });
});

describe('isCompleteSurvey', () => {
  it('is true only when every unsur is answered', () => {
    expect(isCompleteSurvey(full)).toBe(true);
    expect(isCompleteSurvey(partial)).toBe(false);
    const { U9: _skipped, ...withoutU9 } = full;
    expect(isCompleteSurvey(withoutU9)).toBe(false);
  });

  it('can check against the unsur an office uses', () => {
    expect(isCompleteSurvey(partial, ['U1', 'U3', 'U9'])).toBe(true);
    expect(isCompleteSurvey(partial, ['U1', 'U2'])).toBe(false);
  });
});

describe('accumulatorFromTotals', () => {
  it('takes SQL-style rows and adds rows for the same unsur', () => {
    const accumulator = accumulatorFromTotals([
      { code: 'U1', total: 7, count: 2 },
      { code: 'U1', total: 4, count: 1 },
      { code: 'U5', total: 2, count: 2 },
    ]);
    expect(accumulator.tallies.U1).toEqual({ total: 11, count: 3 });
    expect(accumulator.tallies.U5).toEqual({ total: 2, count: 2 });
    expect(accumulator.respondents).toBe(3);
  });

  it('rejects impossible totals and counts', () => {
    expect(() => accumulatorFromTotals([{ code: 'U1', total: 1, count: 2 }])).toThrow('U1: total 1 is impossible for 2 answers scored 1–4');
    expect(() => accumulatorFromTotals([{ code: 'U1', total: 9, count: 2 }])).toThrow(/impossible/);
    expect(() => accumulatorFromTotals([{ code: 'U1', total: 3, count: -1 }])).toThrow(/non-negative integer/);
    expect(() => accumulatorFromTotals([{ code: 'U1', total: 2.5, count: 1 }])).toThrow(/non-negative integer/);
    expect(() => accumulatorFromTotals([{ code: 'U0', total: 1, count: 1 }])).toThrow('Unknown unsur code: U0');
    expect(() => accumulatorFromTotals([{ code: 'U1', total: 8, count: 2 }], 1)).toThrow(/respondents \(1\)/);
  });

  it('matches accumulating the answers themselves', () => {
    const surveys: SurveyAnswers[] = [full, partial, { U2: 1, U4: 4 }];
    const direct = accumulateSurveys(surveys);
    const fromRows = accumulatorFromTotals(
      Object.entries(direct.tallies).map(([code, tally]) => ({ code, ...tally })),
      3,
    );
    expect(fromRows).toEqual(direct);
  });
});

describe('accumulatorFromScoreCounts', () => {
  it('turns per-score counters into totals', () => {
    // U1: two 4s and one 3 → total 11, count 3; U2: five 1s → total 5, count 5.
    const accumulator = accumulatorFromScoreCounts([
      { code: 'U1', score: 4, count: 2 },
      { code: 'U1', score: 3, count: 1 },
      { code: 'U2', score: 1, count: 5 },
    ]);
    expect(accumulator.tallies.U1).toEqual({ total: 11, count: 3 });
    expect(accumulator.tallies.U2).toEqual({ total: 5, count: 5 });
  });

  it('rejects scores outside 1–4', () => {
    expect(() => accumulatorFromScoreCounts([{ code: 'U1', score: 0 as 1, count: 1 }])).toThrow(/score must be/);
  });
});

describe('grouping and merging', () => {
  const rows = [
    { service: 'KTP', answers: full },
    { service: 'KK', answers: partial },
    { service: 'KTP', answers: { U1: 1 } satisfies SurveyAnswers },
  ];

  it('accumulates one group per key', () => {
    const groups = accumulateBy(rows, (r) => r.service, (r) => r.answers);
    expect([...groups.keys()]).toEqual(['KTP', 'KK']);
    expect(groups.get('KTP')?.tallies.U1).toEqual({ total: 5, count: 2 });
    expect(groups.get('KTP')?.respondents).toBe(2);
    expect(groups.get('KK')?.tallies.U9).toEqual({ total: 1, count: 1 });
  });

  it('merges groups back into the overall totals', () => {
    const groups = accumulateBy(rows, (r) => r.service, (r) => r.answers);
    expect(mergeAccumulators(groups.values())).toEqual(accumulateSurveys(rows.map((r) => r.answers)));
  });
});
