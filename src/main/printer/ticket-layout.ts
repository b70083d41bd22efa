import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import QRCode from 'qrcode';
import { formatIssuedAt } from './format-issued-at';
import { toPrintableText, toQrPayload } from './printable-text';
import type { PrinterProfile } from './profiles';
import type { TicketPrintData } from './ticket-data';
import { ticketWords } from './ticket-words';

/** Largest GS ! multiplier used for the ticket number; 6 × 24 dots is about 18 mm tall. */
const MAX_NUMBER_SIZE = 6;
const MAX_QR_MODULE_SIZE = 6;
/** The QR code takes at most this share of the paper width, so it stays scannable and leaves margins. */
const QR_WIDTH_SHARE = 0.6;
/** Lines fed before the cut so the last printed line clears the cutter. */
const FEED_BEFORE_CUT = 4;

/** The GS ! multiplier that makes the ticket number as large as possible while it still fits on one line. */
export function ticketNumberSize(label: string, columns: number): number {
  return Math.max(1, Math.min(MAX_NUMBER_SIZE, Math.floor(columns / Math.max(1, label.length))));
}

/** QR module size in dots so the symbol fills at most QR_WIDTH_SHARE of the paper. */
export function qrModuleSize(payload: string, dotsPerLine: number): number {
  const modules = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules.size;
  const fitting = Math.floor((dotsPerLine * QR_WIDTH_SHARE) / modules);
  if (fitting < 1) throw new Error(`QR payload of ${payload.length} characters is too long for the paper`);
  return Math.min(MAX_QR_MODULE_SIZE, fitting);
}

/** "Label ........ value" on one line, or the value right-aligned on its own line when both do not fit. */
export function twoColumns(left: string, right: string, columns: number): string[] {
  if (left.length + 1 + right.length <= columns) {
    return [left + ' '.repeat(columns - left.length - right.length) + right];
  }
  return [left, right.length < columns ? ' '.repeat(columns - right.length) + right : right];
}

/** The ESC/POS bytes of one queue ticket. */
export function encodeTicket(data: TicketPrintData, profile: PrinterProfile): Uint8Array {
  const words = ticketWords(data.language);
  const columns = profile.columns;
  const text = toPrintableText;
  const label = text(data.ticketLabel).trim();
  const qrPayload = toQrPayload(data.qrPayload);
  const issued = formatIssuedAt(data.issuedAtMs, data.timeZone, data.language);
  const numberSize = ticketNumberSize(label, columns);
  const rule = '-'.repeat(columns);

  const encoder = new ReceiptPrinterEncoder({
    printerModel: profile.encoderModel,
    columns,
    feedBeforeCut: FEED_BEFORE_CUT,
    errors: 'strict',
  });

  encoder.initialize().codepage('cp437');

  encoder.align('center').bold(true).size(1, 2).line(text(data.officeName)).size(1, 1).bold(false);
  if (data.agencyName !== undefined) encoder.bold(true).line(text(data.agencyName)).bold(false);
  encoder.align('left').line(rule);

  encoder.align('center').line(text(words.queueNumber));
  encoder.bold(true).size(numberSize, numberSize).line(label).size(1, 1);
  encoder.line(text(data.serviceName)).bold(false);
  if (data.priorityReasonLabel !== undefined && data.priorityReasonLabel.trim() !== '') {
    const priority = `${words.priority}: ${text(data.priorityReasonLabel).trim()}`.toUpperCase();
    encoder.bold(true).invert(true).line(` ${priority} `).invert(false).bold(false);
  }

  if (data.reprint === true) encoder.bold(true).invert(true).line(` ${text(words.reprintMark)} `).invert(false).bold(false);
  if (data.booking !== undefined) {
    encoder.align('left').line(rule);
    for (const row of twoColumns(text(`${words.booking} ${data.booking.code}`), text(words.slotTime(data.booking.slot)), columns)) encoder.bold(true).line(row).bold(false);
  }

  encoder.align('left').line(rule);
  if (data.reprint !== true) {
    for (const row of twoColumns(text(words.peopleAhead), words.people(data.peopleAhead), columns)) encoder.line(row);
    for (const row of twoColumns(text(words.estimatedWait), words.minutes(data.estimatedWaitMinutes), columns)) {
      encoder.line(row);
    }
  }
  for (const row of twoColumns(text(issued.date), text(issued.time), columns)) encoder.line(row);
  encoder.line(rule);

  encoder.align('center').newline().bold(true).line(text(words.waitInstruction)).bold(false).newline();
  encoder.qrcode(qrPayload, { model: 2, size: qrModuleSize(qrPayload, profile.dotsPerLine), errorlevel: 'm' });
  if (data.phoneCode === undefined) encoder.line(text(words.scanQr));
  else encoder.line(text(words.scanQrPhone)).bold(true).line(text(`${words.phoneCode}: ${data.phoneCode}`)).bold(false);
  for (const footer of data.footerLines ?? []) encoder.line(text(footer));

  encoder.cut('partial');
  return encoder.encode();
}
