import { formatNumber } from '../../dashboard/format';
import type { Language } from '../../../../../../shared/i18n';

/**
 * Numbers on charts in the reader's language: echarts writes "1,500" and "2.5" whatever the locale, which
 * read in Indonesian as one and a half and twenty-five; "1.500" and "2,5" are meant.
 */
export function chartNumber(lang: Language, digits = 1): (value: unknown) => string {
  return (value) => {
    const n = Array.isArray(value) ? Number(value[value.length - 1]) : Number(value);
    return Number.isFinite(n) ? formatNumber(lang, n, digits) : '';
  };
}
