import QRCode from 'qrcode';
import type { Alignment, DecodedBlock, DecodedDocument, TextLine } from '../escpos-decoder/document';
import {
  DOTS_PER_MM,
  FONT_A_HEIGHT_DOTS,
  FONT_A_WIDTH_DOTS,
  blockHeightDots,
} from '../escpos-decoder/paper-length';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyphOf } from './bitmap-font';
import { Raster, type Rgb } from './raster';

const INK: Rgb = [28, 28, 34];
const PAPER: Rgb = [255, 255, 255];
const BACKDROP: Rgb = [214, 217, 222];
const SHADOW: Rgb = [178, 181, 188];
const PLACEHOLDER: Rgb = [150, 150, 150];

/** Backdrop around the paper, in pixels (one pixel per printer dot). */
const BACKDROP_PX = 24;
/** Paper before the first line: the distance between cutter and print head on a real printer. */
const TOP_MARGIN_DOTS = 24;
const TEETH_DOTS = 8;

/** Glyph pixels become 2 × 3 dots so a 5 × 8 glyph fills a 12 × 24 font A cell. */
const GLYPH_SCALE_X = 2;
const GLYPH_SCALE_Y = 3;

export interface RenderOptions {
  /** Printable width of the head; 576 dots on 80 mm paper, 384 on 58 mm. */
  dotsPerLine: number;
  paperWidthMm: number;
}

/** Render options that match a decoded document's column count (32 → 58 mm, otherwise 80 mm). */
export function renderOptionsFor(document: DecodedDocument): RenderOptions {
  return document.columns <= 32
    ? { dotsPerLine: 384, paperWidthMm: 58 }
    : { dotsPerLine: document.columns * FONT_A_WIDTH_DOTS, paperWidthMm: 80 };
}

function alignedX(align: Alignment, contentWidth: number, lineWidth: number): number {
  if (align === 'center') return Math.floor((lineWidth - contentWidth) / 2);
  if (align === 'right') return lineWidth - contentWidth;
  return 0;
}

/** The ticket as a person would see it coming out of the printer, as PNG bytes. */
export function renderTicketPng(document: DecodedDocument, options: RenderOptions = renderOptionsFor(document)): Buffer {
  const blocks = document.blocks.filter((b) => b.kind !== 'status-query');
  const paperWidth = Math.max(options.dotsPerLine, options.paperWidthMm * DOTS_PER_MM);
  const margin = Math.floor((paperWidth - options.dotsPerLine) / 2);
  const contentHeight = blocks.reduce((sum, b) => sum + blockHeightDots(b), 0);
  const paperHeight = TOP_MARGIN_DOTS + contentHeight + TEETH_DOTS;
  const raster = new Raster(paperWidth + 2 * BACKDROP_PX, paperHeight + 2 * BACKDROP_PX, BACKDROP);
  const left = BACKDROP_PX + margin;

  raster.fillRect(BACKDROP_PX + 4, BACKDROP_PX + 4, paperWidth, paperHeight - TEETH_DOTS, SHADOW);
  raster.fillRect(BACKDROP_PX, BACKDROP_PX, paperWidth, paperHeight - TEETH_DOTS, PAPER);
  drawTornEdge(raster, BACKDROP_PX, BACKDROP_PX + paperHeight - TEETH_DOTS, paperWidth);

  let y = BACKDROP_PX + TOP_MARGIN_DOTS;
  for (const block of blocks) {
    drawBlock(raster, block, left, y, options.dotsPerLine, document.columns);
    y += blockHeightDots(block);
  }
  return raster.toPng();
}

/** The partial cut leaves a jagged edge. */
function drawTornEdge(raster: Raster, x: number, y: number, width: number): void {
  for (let col = 0; col < width; col++) {
    const depth = TEETH_DOTS - Math.abs((col % (2 * TEETH_DOTS)) - TEETH_DOTS);
    raster.fillRect(x + col, y, 1, depth, PAPER);
  }
}

function drawBlock(raster: Raster, block: DecodedBlock, left: number, top: number, lineDots: number, columns: number): void {
  switch (block.kind) {
    case 'text':
      drawTextLine(raster, block, left, top, lineDots, columns);
      return;
    case 'qr': {
      if (block.payload === '') return;
      const qr = QRCode.create(block.payload, { errorCorrectionLevel: block.errorLevel });
      const size = qr.modules.size;
      const x0 = left + alignedX(block.align, size * block.moduleSize, lineDots);
      for (let row = 0; row < size; row++) {
        for (let col = 0; col < size; col++) {
          if (qr.modules.get(row, col)) {
            raster.fillRect(x0 + col * block.moduleSize, top + row * block.moduleSize, block.moduleSize, block.moduleSize, INK);
          }
        }
      }
      return;
    }
    case 'barcode':
    case 'image': {
      // Stand-ins: tickets carry neither, and drawing real CODE128 bars is not needed to check a layout.
      const width = block.kind === 'image' ? Math.min(lineDots, block.widthDots) : lineDots / 2;
      const x0 = left + alignedX(block.align, width, lineDots);
      for (let x = 0; x < width; x += 6) raster.fillRect(x0 + x, top, 3, blockHeightDots(block), PLACEHOLDER);
      return;
    }
    case 'feed':
    case 'cut':
    case 'status-query':
      return;
  }
}

function drawTextLine(raster: Raster, line: TextLine, left: number, top: number, lineDots: number, columns: number): void {
  const lineWidthColumns = line.runs.reduce((sum, run) => sum + run.text.length * run.width, 0);
  const freeColumns = Math.max(0, columns - lineWidthColumns);
  const offsetColumns = line.align === 'center' ? Math.floor(freeColumns / 2) : line.align === 'right' ? freeColumns : 0;
  const lineHeight = blockHeightDots(line);
  let x = left + offsetColumns * FONT_A_WIDTH_DOTS;
  const right = left + lineDots;
  for (const run of line.runs) {
    const cellWidth = FONT_A_WIDTH_DOTS * run.width;
    const cellHeight = FONT_A_HEIGHT_DOTS * run.height;
    // Characters sit on the bottom of the line, as a printer feeds a tall line before printing.
    const cellTop = top + lineHeight - cellHeight;
    for (const char of run.text) {
      if (x + cellWidth > right) return;
      if (run.invert) raster.fillRect(x, cellTop, cellWidth, cellHeight, INK);
      // Double-strike would fill the counters of white-on-black letters, so reverse text is drawn plain.
      drawGlyph(raster, char, x, cellTop, run.width, run.height, run.invert ? PAPER : INK, run.bold && !run.invert);
      if (run.underline) raster.fillRect(x, cellTop + cellHeight - 2, cellWidth, 2, INK);
      x += cellWidth;
    }
  }
}

function drawGlyph(
  raster: Raster,
  char: string,
  x: number,
  y: number,
  width: number,
  height: number,
  color: Rgb,
  bold: boolean,
): void {
  const glyph = glyphOf(char);
  const dotW = GLYPH_SCALE_X * width;
  const dotH = GLYPH_SCALE_Y * height;
  const inset = width;
  for (let row = 0; row < GLYPH_HEIGHT; row++) {
    for (let col = 0; col < GLYPH_WIDTH; col++) {
      if (!glyph[row]?.[col]) continue;
      // Bold is double-strike shifted right by one dot, as the printer does it.
      raster.fillRect(x + inset + col * dotW, y + row * dotH, dotW + (bold ? width : 0), dotH, color);
    }
  }
}
