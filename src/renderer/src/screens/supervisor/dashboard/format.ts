import { LOCALES, translate, type Language } from '../../../../../shared/i18n';

/** Figures as the dashboard shows them; null (not defined, e.g. no ticket served) reads "–". */

export const NOT_DEFINED = '–';

export function formatMinutes(lang: Language, minutes: number | null): string {
  if (minutes === null) return NOT_DEFINED;
  const n = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: minutes < 10 ? 1 : 0 }).format(minutes);
  return translate(lang, 'supervisor.unit.minutes', { n });
}

export function formatShare(lang: Language, share: number | null): string {
  if (share === null) return NOT_DEFINED;
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatNumber(lang: Language, value: number | null, digits = 0): string {
  if (value === null) return NOT_DEFINED;
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

/** Whole minutes for sentences ("48 menit"), never negative when clocks disagree a little. */
export function wholeMinutes(minutes: number): number {
  return Math.max(0, Math.floor(minutes));
}
