import { PRINTER_PROFILE_IDS } from '../../shared/config/printer';

/** Printer profiles: which encoder model writes the bytes and how wide the paper is. */

export { PRINTER_PROFILE_IDS };

export type PrinterProfileId = (typeof PRINTER_PROFILE_IDS)[number];

export const PAPER_WIDTHS_MM = [58, 80] as const;
export type PaperWidthMm = (typeof PAPER_WIDTHS_MM)[number];

/** Printer models known to @point-of-sale/receipt-printer-encoder that our profiles map onto. */
export type EncoderPrinterModel = 'epson-tm-t20iii' | 'pos-8360' | 'pos-5890' | 'xprinter-xp-n160ii';

export interface PrinterProfile {
  id: PrinterProfileId;
  name: string;
  encoderModel: EncoderPrinterModel;
  paperWidthMm: PaperWidthMm;
  /** Characters per line in font A (12 × 24 dots). */
  columns: number;
  /** Printable width in dots at 203 dpi. */
  dotsPerLine: number;
}

interface ProfileBase {
  name: string;
  encoderModel: EncoderPrinterModel;
  defaultPaperWidthMm: PaperWidthMm;
}

// TM-T82 and Xprinter 58 mm units have no model of their own in the encoder; they speak the same
// ESC/POS dialect and code page table as the models they are mapped to.
const PROFILE_BASES: Record<PrinterProfileId, ProfileBase> = {
  'epson-tm-t20': { name: 'Epson TM-T20', encoderModel: 'epson-tm-t20iii', defaultPaperWidthMm: 80 },
  'epson-tm-t82': { name: 'Epson TM-T82', encoderModel: 'epson-tm-t20iii', defaultPaperWidthMm: 80 },
  'pos-80': { name: 'Generic POS-80', encoderModel: 'pos-8360', defaultPaperWidthMm: 80 },
  'pos-58': { name: 'Generic POS-58', encoderModel: 'pos-5890', defaultPaperWidthMm: 58 },
  'xprinter-80': { name: 'Xprinter 80 mm', encoderModel: 'xprinter-xp-n160ii', defaultPaperWidthMm: 80 },
  'xprinter-58': { name: 'Xprinter 58 mm', encoderModel: 'pos-5890', defaultPaperWidthMm: 58 },
};

const PAPER: Record<PaperWidthMm, { columns: number; dotsPerLine: number }> = {
  58: { columns: 32, dotsPerLine: 384 },
  80: { columns: 48, dotsPerLine: 576 },
};

/** The profile of a printer, on the profile's usual paper unless another width is given. */
export function printerProfile(id: PrinterProfileId, paperWidthMm?: PaperWidthMm): PrinterProfile {
  const base = PROFILE_BASES[id];
  const width = paperWidthMm ?? base.defaultPaperWidthMm;
  return { id, name: base.name, encoderModel: base.encoderModel, paperWidthMm: width, ...PAPER[width] };
}
