import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../src/main/printer/decode/decode-escpos';
import { toPrintableText, toQrPayload } from '../../../src/main/printer/printable-text';
import { printerProfile } from '../../../src/main/printer/profiles';
import { encodeTicket } from '../../../src/main/printer/ticket-layout';
import { sampleTicket } from './fixtures';

describe('toPrintableText', () => {
  it.each([
    ['“Kantor” ‘Camat’', '"Kantor" \'Camat\''],
    ['08.00–15.00 — Senin', '08.00-15.00 - Senin'],
    ['Café Müller, São Paulo, Ñandú', 'Cafe Muller, Sao Paulo, Nandu'],
    ['Straße Øresund æ', 'Strasse Oresund ae'],
    ['tunggu…', 'tunggu...'],
    ['a\u00a0b\tc', 'a b c'],
    ['baris satu\nbaris dua', 'baris satu baris dua'],
    ['zero\u200bwidth', 'zerowidth'],
  ])('transliterates %j', (input, expected) => {
    expect(toPrintableText(input)).toBe(expected);
  });

  it.each([
    ['東京', '??'],
    ['Antri 🙂', 'Antri ?'],
    ['Ω≈', '??'],
    ['\u0007bell', '?bell'],
  ])('replaces %j with "?" rather than dropping it', (input, expected) => {
    expect(toPrintableText(input)).toBe(expected);
  });

  it('only ever returns printable ASCII', () => {
    const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join('');
    expect(toPrintableText(all)).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('toQrPayload', () => {
  it('keeps ASCII URLs and percent-encodes everything else', () => {
    expect(toQrPayload('http://x/t/A-017?k=1')).toBe('http://x/t/A-017?k=1');
    expect(toQrPayload('http://x/?n=é')).toBe('http://x/?n=%C3%A9');
    expect(toQrPayload('a\ud800b')).toBe('a%3Fb');
  });
});

describe('text outside the code page on a ticket', () => {
  it('reaches the paper transliterated, never as raw high bytes', () => {
    const profile = printerProfile('xprinter-80');
    const bytes = encodeTicket(
      sampleTicket({ officeName: 'Dinas “Dukcapil” – Café 東京', serviceName: 'Layanan — Résumé' }),
      profile,
    );
    const doc = decodeEscPos(bytes, { columns: profile.columns });
    const text = doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.content] : []));
    expect(text).toContain('Dinas "Dukcapil" - Cafe ??');
    expect(text).toContain('Layanan - Resume');
    const textBytes = doc.blocks.flatMap((b) => (b.kind === 'text' ? [...b.text] : []));
    expect(textBytes.every((c) => c >= ' ' && c <= '~')).toBe(true);
  });
});
