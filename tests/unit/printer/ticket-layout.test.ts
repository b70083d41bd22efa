import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../tools/escpos-decoder/decode-escpos';
import type { DecodedDocument, QrBlock, TextLine } from '../../../tools/escpos-decoder/document';
import { printerProfile } from '../../../src/main/printer/profiles';
import type { TicketPrintData } from '../../../src/main/printer/ticket-data';
import { encodeTicket } from '../../../src/main/printer/ticket-layout';
import { sampleTicket } from './fixtures';

function decodeTicket(data: TicketPrintData, paper: 58 | 80): DecodedDocument {
  const profile = printerProfile(paper === 58 ? 'pos-58' : 'pos-80');
  return decodeEscPos(encodeTicket(data, profile), { columns: profile.columns });
}

const textLines = (doc: DecodedDocument) => doc.blocks.filter((b): b is TextLine => b.kind === 'text');
const line = (doc: DecodedDocument, content: string) => textLines(doc).find((l) => l.content === content);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe.each([
  [80, 48],
  [58, 32],
] as const)('ticket on %i mm paper (%i columns)', (paper, columns) => {
  const doc = decodeTicket(sampleTicket({ priorityReasonLabel: 'Lanjut usia' }), paper);

  it('is decoded with the paper width', () => {
    expect(doc.columns).toBe(columns);
    expect(doc.warnings).toEqual([]);
  });

  it('initialises, leaves Chinese mode and selects code page 437 first', () => {
    expect(doc.commands.slice(0, 2)).toEqual(['ESC @', 'FS .']);
    expect(doc.commands).toContain('ESC t 0');
  });

  it('prints the number very large, bold and centred', () => {
    const number = line(doc, 'A-017');
    expect(number).toBeDefined();
    expect(number?.width).toBe(6);
    expect(number?.height).toBe(6);
    expect(number?.bold).toBe(true);
    expect(number?.placement).toBe('center');
    const tallest = Math.max(...textLines(doc).filter((l) => l !== number).map((l) => l.height));
    expect(tallest).toBeLessThan(6);
  });

  it('centres office, service and the wait instruction', () => {
    for (const content of ['Kantor Kecamatan Sukamaju', 'Perekaman KTP Elektronik', 'Silakan menunggu panggilan']) {
      expect(line(doc, content)?.placement, content).toBe('center');
    }
  });

  it('shows people ahead, estimated wait, date and time in the office time zone', () => {
    const text = textLines(doc).map((l) => l.content);
    expect(text.some((t) => t.startsWith('Antrian di depan Anda') && t.endsWith('3 orang'))).toBe(true);
    expect(text.join('\n')).toMatch(/Perkiraan waktu tunggu\s+\+\/- 12 menit/);
    expect(text.join('\n')).toContain('Senin, 5 Mei 2025');
    expect(text.join('\n')).toContain('09.41 WITA');
  });

  it('marks the priority reason in reverse print', () => {
    const priority = line(doc, 'PRIORITAS: LANJUT USIA');
    expect(priority?.invert).toBe(true);
    expect(priority?.placement).toBe('center');
  });

  it('carries the QR payload as a centred model 2 code', () => {
    const qr = doc.blocks.find((b): b is QrBlock => b.kind === 'qr');
    expect(qr).toMatchObject({
      payload: 'http://192.168.1.10:8080/t/2025-05-05/A-017?k=9f3a',
      model: 2,
      errorLevel: 'M',
      align: 'center',
    });
    expect(qr?.moduleSize).toBeGreaterThanOrEqual(3);
  });

  it('feeds and then cuts partially, with nothing printed after the cut', () => {
    const cutAt = doc.blocks.findIndex((b) => b.kind === 'cut');
    expect(doc.blocks[cutAt]).toEqual({ kind: 'cut', partial: true });
    const fedBefore = doc.blocks.slice(cutAt - 4, cutAt);
    expect(fedBefore.every((b) => b.kind === 'text' && b.placement === 'empty')).toBe(true);
    expect(textLines({ ...doc, blocks: doc.blocks.slice(cutAt) }).every((l) => l.content === '')).toBe(true);
  });

  it('never has a line wider than the paper', () => {
    expect(textLines(doc).filter((l) => l.overflow)).toEqual([]);
  });
});

describe('ticket bytes', () => {
  const bytes = hex(encodeTicket(sampleTicket(), printerProfile('epson-tm-t20')));

  it('uses the Epson QR model 2, GS ! size and partial cut sequences', () => {
    expect(bytes.startsWith('1b401c2e')).toBe(true);
    expect(bytes).toContain('1d286b0400314132' + '00');
    expect(bytes).toContain('1d2155' + Buffer.from('A-017').toString('hex'));
    expect(bytes).toContain('1d286b03003151' + '30');
    expect(bytes).toContain('1d5601');
  });
});

describe('ticket content variants', () => {
  it('leaves the priority line out for a regular ticket', () => {
    const doc = decodeTicket(sampleTicket(), 80);
    expect(textLines(doc).some((l) => l.content.startsWith('PRIORITAS'))).toBe(false);
  });

  it('prints the fixed words in English', () => {
    const doc = decodeTicket(sampleTicket({ language: 'en', peopleAhead: 1, estimatedWaitMinutes: 0 }), 80);
    const text = textLines(doc).map((l) => l.content).join('\n');
    expect(text).toContain('Please wait for your number');
    expect(text).toMatch(/People ahead of you\s+1 person/);
    expect(text).toContain('< 1 min');
    expect(text).toContain('Monday, 5 May 2025');
    expect(text).toContain('09:41 WITA');
  });

  it.each([
    ['Asia/Jakarta', '08.41 WIB'],
    ['Asia/Jayapura', '10.41 WIT'],
  ])('formats the time in %s', (timeZone, time) => {
    const text = textLines(decodeTicket(sampleTicket({ timeZone }), 80)).map((l) => l.content).join('\n');
    expect(text).toContain(time);
  });

  it('prints "-" when no wait can be estimated', () => {
    const text = textLines(decodeTicket(sampleTicket({ estimatedWaitMinutes: null }), 80)).map((l) => l.content);
    expect(text.some((t) => /^Perkiraan waktu tunggu\s+-$/.test(t))).toBe(true);
  });

  it('shrinks a long label so it still fits on one line', () => {
    const doc = decodeTicket(sampleTicket({ ticketLabel: 'KK-1234' }), 58);
    const number = line(doc, 'KK-1234');
    expect(number?.width).toBe(4);
    expect(number?.overflow).toBe(false);
    expect(number?.placement).toBe('center');
  });
});

describe('200-character names', () => {
  const words = Array.from({ length: 40 }, (_, i) => `Lay${String(i).padStart(2, '0')}`);
  const serviceName = words.join(' ').slice(0, 200);

  it.each([58, 80] as const)('wraps the service name on %i mm without overflow or loss', (paper) => {
    const doc = decodeTicket(sampleTicket({ serviceName, officeName: 'X'.repeat(200) }), paper);
    const lines = textLines(doc);
    expect(lines.filter((l) => l.overflow)).toEqual([]);
    const printed = lines.map((l) => l.content).join(' ');
    expect(printed.replace(/\s+/g, ' ')).toContain(serviceName);
    expect(lines.filter((l) => /^X+$/.test(l.content)).reduce((n, l) => n + l.content.length, 0)).toBe(200);
    const number = line(doc, 'A-017');
    expect(number?.placement).toBe('center');
  });
});
