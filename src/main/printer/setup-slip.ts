import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { toPrintableText } from './printable-text';
import type { PrinterProfile } from './profiles';

/** Lines fed before the cut so the last printed line clears the cutter. */
const FEED_BEFORE_CUT = 4;

/**
 * The slip printed when Loket starts without a supervisor: the one-time code that unlocks first-run
 * setup on the touchscreen, in both languages (nobody has chosen one yet). Whoever holds the paper
 * holds the office, so the slip says to keep it away from visitors.
 */
export function encodeSetupSlip(officeName: string, code: string, profile: PrinterProfile): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({ printerModel: profile.encoderModel, columns: profile.columns, feedBeforeCut: FEED_BEFORE_CUT, errors: 'strict' });
  const rule = '-'.repeat(profile.columns);
  encoder.initialize().codepage('cp437');
  encoder.align('center').bold(true).line(toPrintableText(officeName)).bold(false).line(rule);
  encoder.line('KODE PENYIAPAN LOKET').line('Loket setup code').newline();
  encoder.bold(true).size(2, 2).line(code).size(1, 1).bold(false).newline();
  encoder.align('left');
  for (const line of [
    'Masukkan kode ini di layar sentuh',
    'untuk membuat PIN supervisor pertama.',
    'Jangan berikan kepada pengunjung.',
    '',
    'Type this code on the touchscreen to',
    'create the first supervisor PIN.',
    'Do not give it to visitors.',
  ]) {
    encoder.line(line);
  }
  encoder.cut('partial');
  return encoder.encode();
}
