import type { Language } from '../../../../shared/i18n';

/** The API gives the category in both languages; the screens pick one. */
export function kinerjaText(lang: Language, figure: { kinerja: string; kinerjaEn: string }): string {
  return lang === 'id' ? figure.kinerja : figure.kinerjaEn;
}
