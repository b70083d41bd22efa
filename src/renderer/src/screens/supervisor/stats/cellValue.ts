import { translate, type Language } from '../../../../../shared/i18n';
import { NOT_DEFINED, formatMinutes, formatNumber, formatShare } from '../dashboard/format';
import type { Cell, Column, ColumnKind } from './tableShape';

/** A cell on screen, in the language's notation; null (not defined) reads "–". */
export function displayValue(lang: Language, kind: ColumnKind, value: Cell): string {
  if (value === null) return NOT_DEFINED;
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'minutes':
      return formatMinutes(lang, value);
    case 'share':
      return formatShare(lang, value);
    case 'hours':
    case 'rate':
      return formatNumber(lang, value, 1);
    default:
      return formatNumber(lang, value);
  }
}

/** A cell in a CSV/XLSX file: plain numbers a spreadsheet can sum; shares as percent, minutes to 0.1. */
export function exportValue(kind: ColumnKind, value: Cell): Cell {
  if (typeof value !== 'number') return value;
  const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;
  switch (kind) {
    case 'share':
      return round(value * 100, 1);
    case 'minutes':
      return round(value, 1);
    case 'hours':
    case 'rate':
      return round(value, 2);
    default:
      return value;
  }
}

/** " (%)", " (menit)", " (jam)": the unit a file's column header must carry, since its cells are bare numbers. */
export function unitSuffix(lang: Language, kind: ColumnKind): string {
  switch (kind) {
    case 'share':
      return ' (%)';
    case 'minutes':
      return ` (${translate(lang, 'supervisor.unit.minutesWord')})`;
    case 'hours':
      return ` (${translate(lang, 'supervisor.unit.hoursWord')})`;
    default:
      return '';
  }
}

export function exportHeader(lang: Language, column: Column): string {
  return `${translate(lang, column.label)}${unitSuffix(lang, column.kind)}`;
}
