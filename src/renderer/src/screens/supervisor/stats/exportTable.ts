import type { Language } from '../../../../../shared/i18n';
import { downloadFile } from '../dashboard/downloadFile';
import { exportHeader, exportValue } from './cellValue';
import type { DateRange } from './dateRange';
import type { StatsTable } from './tableShape';

export type ExportFormat = 'csv' | 'xlsx';

/** "loket-statistik-layanan-2026-11-01_2026-11-30.csv" */
export function exportFileName(table: StatsTable, range: DateRange, format: ExportFormat): string {
  return `loket-statistik-${table.id}-${range.from}_${range.to}.${format}`;
}

function sheet(lang: Language, table: StatsTable): { header: string[]; rows: (string | number | null)[][] } {
  return {
    header: table.columns.map((c) => exportHeader(lang, c)),
    rows: table.rows.map((r) => r.cells.map((cell, i) => exportValue(table.columns[i]?.kind ?? 'text', cell))),
  };
}

/**
 * Saves one table as CSV or XLSX. The writers are loaded on first use, so they cost nothing until a
 * supervisor exports.
 */
export async function exportTable(lang: Language, table: StatsTable, range: DateRange, format: ExportFormat): Promise<void> {
  const { header, rows } = sheet(lang, table);
  const fileName = exportFileName(table, range, format);
  if (format === 'csv') {
    const { unparse } = await import('papaparse');
    // A byte-order mark so Excel opens the UTF-8 file with its accents intact.
    downloadFile(fileName, `\uFEFF${unparse({ fields: header, data: rows })}`, 'text/csv;charset=utf-8');
    return;
  }
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = [header.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows.map((row) => row.map((value) => (value === null ? null : { value })))];
  await writeXlsxFile(data, { sheet: table.id }).toFile(fileName);
}
