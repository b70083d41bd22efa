import { LOCALES, type Language } from '../../../../../shared/i18n';

/** "12,3 MB" / "850 kB": a backup's size as people read it. */
export function formatSize(lang: Language, bytes: number): string {
  const megabytes = bytes / 1_000_000;
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [bytes / 1_000, 'kilobyte'];
  return new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}
