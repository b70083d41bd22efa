import type { LocalizedText } from './unsur';

/**
 * The optional, anonymous respondent profile of the SKM questionnaire. It deliberately has no
 * name, NIK or phone: the survey must stay anonymous, and a kiosk must hold no personal data.
 */
export const GENDERS = ['L', 'P'] as const;
export const AGE_BANDS = ['under-20', '20-29', '30-39', '40-49', '50-59', '60-plus'] as const;
/**
 * The regulation's levels (SD … S3) and, before them, no schooling or primary school not completed: a
 * share of the visitors of a civil registry, who must find their own answer too. A new value only, so
 * every stored answer stays valid.
 */
export const EDUCATIONS = ['tidak-sekolah', 'SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3'] as const;
export const OCCUPATIONS = ['PNS', 'TNI', 'POLRI', 'Swasta', 'Wirausaha', 'Lainnya'] as const;

export type Gender = (typeof GENDERS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Education = (typeof EDUCATIONS)[number];
export type Occupation = (typeof OCCUPATIONS)[number];

export const GENDER_LABELS: Readonly<Record<Gender, LocalizedText>> = {
  L: { id: 'Laki-laki', en: 'Male' },
  P: { id: 'Perempuan', en: 'Female' },
};

export const AGE_BAND_LABELS: Readonly<Record<AgeBand, LocalizedText>> = {
  'under-20': { id: 'Di bawah 20 tahun', en: 'Under 20' },
  '20-29': { id: '20–29 tahun', en: '20–29' },
  '30-39': { id: '30–39 tahun', en: '30–39' },
  '40-49': { id: '40–49 tahun', en: '40–49' },
  '50-59': { id: '50–59 tahun', en: '50–59' },
  '60-plus': { id: '60 tahun ke atas', en: '60 and over' },
};

export const EDUCATION_LABELS: Readonly<Record<Education, LocalizedText>> = {
  'tidak-sekolah': { id: 'Tidak sekolah / tidak tamat SD', en: 'No schooling / primary not completed' },
  SD: { id: 'SD', en: 'Primary school' },
  SMP: { id: 'SMP', en: 'Junior high school' },
  SMA: { id: 'SMA', en: 'Senior high school' },
  'D1-D3': { id: 'D1–D3', en: 'Diploma (D1–D3)' },
  'D4-S1': { id: 'D4/S1', en: 'Bachelor or applied bachelor (D4/S1)' },
  S2: { id: 'S2', en: 'Master’s degree (S2)' },
  S3: { id: 'S3', en: 'Doctorate (S3)' },
};

export const OCCUPATION_LABELS: Readonly<Record<Occupation, LocalizedText>> = {
  PNS: { id: 'PNS', en: 'Civil servant' },
  TNI: { id: 'TNI', en: 'Armed forces' },
  POLRI: { id: 'POLRI', en: 'Police' },
  Swasta: { id: 'Swasta', en: 'Private sector employee' },
  Wirausaha: { id: 'Wirausaha', en: 'Self-employed' },
  Lainnya: { id: 'Lainnya', en: 'Other' },
};

/** The optional profile questions in the order the rating tablet and the phone page ask them. */
export const RESPONDENT_PROFILE_FIELDS = [
  { field: 'gender', values: GENDERS, labels: GENDER_LABELS },
  { field: 'ageBand', values: AGE_BANDS, labels: AGE_BAND_LABELS },
  { field: 'education', values: EDUCATIONS, labels: EDUCATION_LABELS },
  { field: 'occupation', values: OCCUPATIONS, labels: OCCUPATION_LABELS },
] as const satisfies readonly { field: string; values: readonly string[]; labels: Readonly<Record<string, LocalizedText>> }[];
