import { LOCALES, type Language } from '../../../../shared/i18n';
import { parseLocalDate } from '../../../../shared/skm';

/** A figure with a fixed number of decimals in the language's notation (88,33 / 88.33). */
export function formatDecimal(lang: Language, value: number, digits: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatCount(lang: Language, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

export function formatPercent(lang: Language, ratio: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** "1 Juli 2026" for an office-local YYYY-MM-DD; formatted in UTC so no time zone can shift the day. */
export function formatLocalDay(lang: Language, date: string): string {
  const { year, month, day } = parseLocalDate(date);
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** "Juli 2026" for a YYYY-MM month. */
export function formatMonth(lang: Language, month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, monthNumber - 1, 1));
}
