import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { OfficeBookingReport } from './bookingFacts';
import type { CityDashboard } from './cityDashboard';
import type { OfficeReport } from './cityReport';

export type Cell = string | number | null;

/** One exported table: a sheet of the XLSX file, or one CSV file. */
export interface ExportTable {
  id: 'kantor' | 'harian';
  sheet: string;
  header: string[];
  rows: Cell[][];
}

/** Rounded as the dashboard shows it, so the file and the screen agree figure for figure. */
const round = (value: number | null, digits: number): number | null => (value === null ? null : Number(value.toFixed(digits)));
const percent = (share: number | null): number | null => (share === null ? null : round(share * 100, 1));

const WAIT_HEADER = ['Tiket', 'Dilayani', 'Tidak hadir', 'Dibatalkan', 'Rata-rata tunggu (menit)', 'Tingkat layanan (%)', 'Target tunggu (menit)'];
const RATING_HEADER = ['IKM (konversi)', 'Mutu IKM', 'Responden SKM', 'Indeks cepat (1-4)', 'Tanggapan indeks cepat'];

const status = (r: OfficeReport): string => (r.status === 'under_review' ? `sedang ditinjau: ${r.reason}` : r.quarantined ? 'sebagian hari dikarantina' : 'ok');

function waitCells(r: OfficeReport, target: number): Cell[] {
  if (r.status === 'under_review') return [null, null, null, null, null, null, target];
  return [r.issued, r.served, r.noShow, r.cancelled, round(r.meanWaitMinutes, 1), percent(r.serviceLevel), target];
}

function ratingCells(r: OfficeReport): Cell[] {
  if (r.status === 'under_review') return [null, null, null, null, null];
  return [r.ikm ? round(r.ikm.konversi, 2) : null, r.ikm ? r.ikm.category.mutu : null, r.ikm ? r.ikm.respondents : 0, round(r.quick.mean, 2), r.quick.responses];
}

const BOOKING_HEADER = ['Booking', 'Check-in', 'Porsi tiket booking (%)', 'Rata-rata tunggu booking (menit)', 'Rata-rata tunggu tanpa booking (menit)', 'Booking tidak hadir', 'Booking tidak check-in'];

function bookingCells(b: OfficeBookingReport | undefined): Cell[] {
  if (!b) return [0, 0, null, null, null, null, null];
  return [b.bookings, b.checkIns, percent(b.bookedShare), round(b.bookedWaitMinutes, 1), round(b.walkInWaitMinutes, 1), b.bookedNoShows, b.notCheckedIn];
}

const NO_BOOKINGS: Cell[] = BOOKING_HEADER.map(() => null);

/**
 * Per office over the range (with ratings and bookings), then per office per day (tickets and waits): the
 * dashboard's two tables. An office with agencies is followed by a row per agency (its figures over its
 * own services; bookings are the office's only); the agency columns come last, so every other column
 * stays where it was.
 */
export function exportTables(d: CityDashboard): [ExportTable, ExportTable] {
  const bookings = new Map(d.bookings.map((b) => [b.officeId, b]));
  const perOffice: ExportTable = {
    id: 'kantor',
    sheet: 'Per kantor',
    header: ['Dari', 'Sampai', 'Id kantor', 'Kantor', ...WAIT_HEADER, ...RATING_HEADER, 'Status', ...BOOKING_HEADER, 'Id instansi', 'Instansi'],
    rows: d.offices.flatMap((o) => {
      const office: Cell[] = [d.from, d.to, o.officeId, o.officeName];
      const rows: Cell[][] = [[...office, ...waitCells(o, d.target), ...ratingCells(o), status(o), ...bookingCells(bookings.get(o.officeId)), null, null]];
      if (o.status === 'ok') {
        for (const a of o.agencies ?? []) rows.push([...office, ...waitCells({ ...o, ...a }, d.target), ...ratingCells({ ...o, ...a }), status(o), ...NO_BOOKINGS, a.agency.id, a.agency.name.id]);
      }
      return rows;
    }),
  };
  const perDay: ExportTable = {
    id: 'harian',
    sheet: 'Per kantor per hari',
    header: ['Tanggal', 'Id kantor', 'Kantor', ...WAIT_HEADER, 'Status'],
    // Only the days the city holds figures of: a day without any is unknown, not zero.
    rows: d.offices.flatMap((o) =>
      (d.daily.get(o.officeId) ?? []).flatMap((day) => (day.report ? [[day.date, o.officeId, o.officeName, ...waitCells(day.report, d.target), status(day.report)]] : [])),
    ),
  };
  return [perOffice, perDay];
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before
 * one) gets a leading apostrophe, so an office named "=HYPERLINK(…)" stays text (OWASP's CSV injection advice).
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
 * UTF-8 with a byte-order mark so Excel opens the Indonesian text right. Numbers with a decimal point.
 */
export function toCsv(table: ExportTable): string {
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Both tables as the two sheets of one workbook, header row bold and frozen. */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  const sheets = tables.map((t) => {
    const data: SheetData = [
      t.header.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...t.rows.map((row) => row.map((value) => (value === null ? null : { value }))),
    ];
    return { data, sheet: t.sheet, stickyRowsCount: 1, columns: t.header.map((h) => ({ width: Math.max(10, Math.min(36, h.length + 2)) })) };
  });
  return writeXlsxFile(sheets).toBuffer();
}

/** "loket-dasbor-kota-kantor-2026-11-01_2026-11-30.csv" */
export function exportFileName(id: ExportTable['id'] | 'semua', from: string, to: string, ext: 'csv' | 'xlsx'): string {
  return `loket-dasbor-kota-${id}-${from}_${to}.${ext}`;
}
