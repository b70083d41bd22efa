/** The languages every screen can show; Bahasa Indonesia is the default. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 locale used for dates and numbers in each language. */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
