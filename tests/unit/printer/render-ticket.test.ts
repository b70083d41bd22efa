import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../tools/escpos-decoder/decode-escpos';
import { estimatePaperLengthMm } from '../../../tools/escpos-decoder/paper-length';
import { printerProfile } from '../../../src/main/printer/profiles';
import { encodeTicket } from '../../../src/main/printer/ticket-layout';
import { fontCharacters } from '../../../tools/virtual-printer/bitmap-font';
import { renderTicketPng } from '../../../tools/virtual-printer/render-ticket';
import { sampleTicket } from './fixtures';

describe('renderTicketPng', () => {
  it('has a glyph for every printable ASCII character', () => {
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i));
    expect(fontCharacters().sort()).toEqual(ascii.sort());
  });

  it.each([
    [58, 'pos-58'],
    [80, 'pos-80'],
  ] as const)('draws a %i mm ticket as tall as its estimated paper length', (paper, id) => {
    const profile = printerProfile(id);
    const doc = decodeEscPos(encodeTicket(sampleTicket(), profile), { columns: profile.columns });
    const png = PNG.sync.read(renderTicketPng(doc));
    expect(png.width).toBe(paper * 8 + 48);
    const lengthMm = estimatePaperLengthMm(doc);
    expect(lengthMm).toBeGreaterThan(80);
    expect(Math.abs(png.height - 48 - 24 - 8 - lengthMm * 8)).toBeLessThanOrEqual(30);
    const dark = (x: number, y: number) => (png.data[(y * png.width + x) * 4] ?? 255) < 100;
    let ink = 0;
    for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) if (dark(x, y)) ink++;
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.03);
  });
});
