import { describe, expect, it } from 'vitest';
import { addSurvey, createAccumulator, respondentProfileSchema, surveyAnswersSchema } from '../../../src/shared/skm';

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe('surveyAnswersSchema', () => {
  it('accepts a full answer set and feeds the accumulator without casts', () => {
    const parsed = surveyAnswersSchema.parse({ U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 3, U7: 4, U8: 3, U9: 2 });
    const accumulator = createAccumulator();
    addSurvey(accumulator, parsed);
    expect(accumulator.tallies.U9).toEqual({ total: 2, count: 1 });
  });

  it('accepts skipped unsur (missing codes)', () => {
    expect(surveyAnswersSchema.parse({ U1: 1, U9: 4 })).toEqual({ U1: 1, U9: 4 });
    expect(surveyAnswersSchema.parse({})).toEqual({});
  });

  it('rejects scores outside 1–4 naming the unsur', () => {
    for (const bad of [0, 5, 2.5, '3', null, -1]) {
      const result = surveyAnswersSchema.safeParse({ U3: bad });
      expect(result.success).toBe(false);
      expect(messages(result)).toEqual(['U3: score must be 1, 2, 3 or 4']);
    }
  });

  it('rejects unknown unsur codes', () => {
    const result = surveyAnswersSchema.safeParse({ U1: 2, U10: 3, name: 'x' });
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual(['Unknown unsur code(s): U10, name (expected U1–U9)']);
  });

  it('rejects a non-object', () => {
    expect(messages(surveyAnswersSchema.safeParse([1, 2, 3]))).toEqual(['Survey answers must be an object keyed by unsur code']);
  });
});

describe('respondentProfileSchema', () => {
  it('accepts an empty or complete anonymous profile', () => {
    expect(respondentProfileSchema.parse({})).toEqual({});
    const profile = { gender: 'P', ageBand: '30-39', education: 'D4-S1', occupation: 'Wirausaha' };
    expect(respondentProfileSchema.parse(profile)).toEqual(profile);
  });

  it('refuses name, NIK and phone', () => {
    for (const field of ['name', 'nik', 'phone']) {
      const result = respondentProfileSchema.safeParse({ gender: 'L', [field]: 'x' });
      expect(messages(result)).toEqual([`Respondent profile does not accept: ${field} (it is anonymous)`]);
    }
  });

  it('refuses values outside the enumerations', () => {
    expect(messages(respondentProfileSchema.safeParse({ education: 'S4' }))).toEqual([
      'education must be one of: tidak-sekolah, SD, SMP, SMA, D1-D3, D4-S1, S2, S3',
    ]);
    expect(respondentProfileSchema.safeParse({ gender: 'X' }).success).toBe(false);
    expect(respondentProfileSchema.safeParse({ occupation: 'pns' }).success).toBe(false);
    expect(respondentProfileSchema.safeParse({ ageBand: 35 }).success).toBe(false);
  });
});
