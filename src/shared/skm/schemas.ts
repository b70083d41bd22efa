import { z } from 'zod';
import { AGE_BANDS, EDUCATIONS, GENDERS, OCCUPATIONS } from './profile';
import { SCORES, UNSUR_CODES, type Score, type UnsurCode } from './unsur';

function scoreSchema(code: UnsurCode) {
  return z.literal(SCORES, { error: () => `${code}: score must be 1, 2, 3 or 4` });
}

const answerShape = Object.fromEntries(UNSUR_CODES.map((code) => [code, scoreSchema(code).optional()])) as {
  [K in UnsurCode]: z.ZodOptional<ReturnType<typeof scoreSchema>>;
};

/** One respondent's answers by unsur code; a missing code means the question was skipped. */
export const surveyAnswersSchema = z.strictObject(answerShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown unsur code(s): ${issue.keys.join(', ')} (expected ${UNSUR_CODES[0]}–${UNSUR_CODES[UNSUR_CODES.length - 1]})`
      : 'Survey answers must be an object keyed by unsur code',
});

export type SurveyAnswers = Partial<Record<UnsurCode, Score>>;

function choice<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, { error: () => `${field} must be one of: ${values.join(', ')}` });
}

/** Anonymous by construction: strict, so a name, NIK or phone field is rejected, never stored. */
export const respondentProfileSchema = z.strictObject(
  {
    gender: choice('gender', GENDERS).optional(),
    ageBand: choice('ageBand', AGE_BANDS).optional(),
    education: choice('education', EDUCATIONS).optional(),
    occupation: choice('occupation', OCCUPATIONS).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Respondent profile does not accept: ${issue.keys.join(', ')} (it is anonymous)`
        : 'Respondent profile must be an object',
  },
);

export type RespondentProfile = z.infer<typeof respondentProfileSchema>;
