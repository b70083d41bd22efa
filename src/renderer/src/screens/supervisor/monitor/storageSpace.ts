import { LOCALES, type Language } from '../../../../../shared/i18n';
import { NOT_DEFINED } from '../dashboard/format';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** Free disk space as the office IT officer reads it: "12,3 GiB", "850 MiB", "0,2 MiB"; "–" when unknown. */
export function formatFreeSpace(lang: Language, bytes: number | null): string {
  if (bytes === null) return NOT_DEFINED;
  const [value, unit] = bytes >= GIB ? [bytes / GIB, 'GiB'] : [bytes / MIB, 'MiB'];
  const digits = value < 100 ? 1 : 0;
  return `${new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)} ${unit}`;
}
