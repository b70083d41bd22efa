import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../tools/escpos-decoder/decode-escpos';
import { DocumentBuilder, code128Text } from '../../../tools/escpos-decoder/document-builder';
import { EscPosTokenizer } from '../../../tools/escpos-decoder/tokenizer';
import { printerProfile } from '../../../src/main/printer/profiles';
import { encodeTicket } from '../../../src/main/printer/ticket-layout';
import { sampleTicket } from './fixtures';

describe('decodeEscPos', () => {
  it('reads CODE128 written by the encoder, with its length byte', () => {
    const bytes = new ReceiptPrinterEncoder({ columns: 48 }).initialize().barcode('A-017', 'code128', 80).encode();
    const doc = decodeEscPos(bytes);
    expect(doc.blocks.find((b) => b.kind === 'barcode')).toMatchObject({
      symbology: 'code128',
      data: 'A-017',
      heightDots: 80,
    });
  });

  it('resolves CODE128 code sets', () => {
    expect(code128Text(Buffer.from('{BAB{C'))).toBe('AB');
    expect(code128Text(Uint8Array.of(0x7b, 0x43, 12, 3, 0x7b, 0x42, 0x41))).toBe('1203A');
  });

  it('reads sizes from GS ! and ESC !, bold, alignment and feeds', () => {
    const bytes = Uint8Array.from([
      0x1b, 0x61, 0x02, 0x1d, 0x21, 0x23, ...Buffer.from('Hi'), 0x0a,
      0x1b, 0x61, 0x00, 0x1b, 0x21, 0x38, ...Buffer.from('Yo'), 0x0a,
      0x1b, 0x64, 0x03, 0x1d, 0x56, 0x00,
    ]);
    const [hi, yo, feed, cut] = decodeEscPos(bytes, { columns: 32 }).blocks;
    expect(hi).toMatchObject({ content: 'Hi', width: 3, height: 4, align: 'right', placement: 'right', startColumn: 26 });
    expect(yo).toMatchObject({ content: 'Yo', width: 2, height: 2, bold: true, placement: 'left' });
    expect(feed).toEqual({ kind: 'feed', dots: 90 });
    expect(cut).toEqual({ kind: 'cut', partial: false });
  });

  it('records status queries and flags overflowing lines and unknown commands', () => {
    const bytes = Uint8Array.from([0x10, 0x04, 0x01, 0x1d, 0x72, 0x01, ...Buffer.from('x'.repeat(40)), 0x0a, 0x1b, 0x99]);
    const doc = decodeEscPos(bytes, { columns: 32 });
    expect(doc.blocks.slice(0, 2)).toEqual([
      { kind: 'status-query', command: 'DLE EOT 1' },
      { kind: 'status-query', command: 'GS r 1' },
    ]);
    expect(doc.blocks[2]).toMatchObject({ overflow: true });
    expect(doc.warnings).toEqual(['unknown command 1b 99']);
  });

  it('warns about a stream that ends inside a command', () => {
    expect(decodeEscPos(Uint8Array.of(0x1d, 0x28, 0x6b, 0x10, 0x00, 0x31)).warnings[0]).toMatch(/ends inside a command/);
  });

  it('decodes the same document when the stream arrives one byte at a time', () => {
    const profile = printerProfile('pos-80');
    const bytes = encodeTicket(sampleTicket(), profile);
    const tokenizer = new EscPosTokenizer();
    const builder = new DocumentBuilder(profile.columns);
    for (const byte of bytes) builder.add(tokenizer.push(Uint8Array.of(byte)));
    builder.add(tokenizer.finish());
    const whole = decodeEscPos(bytes, { columns: profile.columns });
    const contents = (blocks: typeof whole.blocks) =>
      blocks.map((b) => (b.kind === 'text' ? `${b.content}|${b.width}|${b.placement}` : JSON.stringify(b)));
    expect(contents(builder.document().blocks).join('')).toBe(contents(whole.blocks).join(''));
  });
});
