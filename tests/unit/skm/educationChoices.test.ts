import { describe, expect, it } from 'vitest';
import { EDUCATIONS, EDUCATION_LABELS, respondentProfileSchema } from '../../../src/shared/skm';

describe('the education question of the SKM respondent profile', () => {
  it('offers "Tidak sekolah / tidak tamat SD" before the regulation’s levels, worded in both languages', () => {
    expect(EDUCATIONS).toEqual(['tidak-sekolah', 'SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3']);
    expect(EDUCATION_LABELS['tidak-sekolah']).toEqual({ id: 'Tidak sekolah / tidak tamat SD', en: 'No schooling / primary not completed' });
  });

  it('accepts the new answer and every answer stored before it', () => {
    for (const education of EDUCATIONS) {
      const parsed = respondentProfileSchema.safeParse({ education });
      expect(parsed.success, education).toBe(true);
    }
  });
});
