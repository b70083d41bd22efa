import QRCode from 'qrcode';
import type { DecodedBlock, DecodedDocument, QrBlock } from './document';
import { DEFAULT_LINE_DOTS } from './document-builder';

/** Thermal heads print 8 dots per millimetre (203 dpi). */
export const DOTS_PER_MM = 8;
/** Font A is 12 × 24 dots before GS ! scaling. */
export const FONT_A_WIDTH_DOTS = 12;
export const FONT_A_HEIGHT_DOTS = 24;

/** Modules per side of the QR symbol a printer builds for this payload (it picks the smallest version). */
export function qrModules(block: QrBlock): number {
  return QRCode.create(block.payload, { errorCorrectionLevel: block.errorLevel }).modules.size;
}

/** Paper the block advances, in dots: a line is as tall as its tallest characters but at least the line spacing. */
export function blockHeightDots(block: DecodedBlock): number {
  switch (block.kind) {
    case 'text':
      return Math.max(DEFAULT_LINE_DOTS, FONT_A_HEIGHT_DOTS * block.height);
    case 'qr':
      return block.payload === '' ? 0 : qrModules(block) * block.moduleSize;
    case 'barcode':
      return block.heightDots;
    case 'image':
      return block.heightDots;
    case 'feed':
      return block.dots;
    case 'cut':
    case 'status-query':
      return 0;
  }
}

/** Estimated paper length of the document up to its first cut, in millimetres. */
export function estimatePaperLengthMm(document: DecodedDocument): number {
  let dots = 0;
  for (const block of document.blocks) {
    if (block.kind === 'cut') break;
    dots += blockHeightDots(block);
  }
  return dots / DOTS_PER_MM;
}
