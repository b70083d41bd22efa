import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../tools/escpos-decoder/decode-escpos';
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
  ])('replaces %j with "?" rather than dropping it', (input, expected) => {
    expect(toPrintableText(input)).toBe(expected);
  });

  it.each([
    ['Kantor\u001b@Camat', 'Kantor@Camat'],
    ['Dukcapil\u001dV\u0000', 'DukcapilV'],
    ['A\u0010\u0004\u0001B', 'AB'],
    ['\u0007bell\u007f', 'bell'],
    ['C1\u009b2J\u0090', 'C12J'],
    ['satu\r\ndua\u000bempat\u000clima\u0085enam', 'satu dua empat lima enam'],
    ['\u202eKantor\u200f', 'Kantor'],
  ])('drops the control characters of %j (line breaks and tabs become spaces)', (input, expected) => {
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

describe('control characters in configured text', () => {
  /** ESC @, GS V 1 (cut), DLE EOT 1 (status), ESC d 9 (feed), GS ! w (size), FS t, CR LF and C1 CSI. */
  const CONTROLS = '\u001b@\u001dV\u0001\u0010\u0004\u0001\u001bd\u0009\u001d!w\u001ct\r\n\u009b';
  /** What is left of them: their printable bytes, the tab and the line break as spaces. */
  const LEFT = '@Vd !wt ';
  const profile = printerProfile('pos-80');
  const names = (mark: string) => ({
    officeName: `Kantor${mark}Camat`,
    serviceName: `KTP${mark}`,
    priorityReasonLabel: `Lansia${mark}`,
    footerLines: [`Terima${mark}kasih`],
  });

  it('never become printer commands: the ticket is the one printed from the visible characters alone', () => {
    const bytes = encodeTicket(sampleTicket(names(CONTROLS)), profile);
    expect([...bytes]).toEqual([...encodeTicket(sampleTicket(names(LEFT)), profile)]);
    const doc = decodeEscPos(bytes, { columns: profile.columns });
    const clean = decodeEscPos(encodeTicket(sampleTicket(names(' ')), profile), { columns: profile.columns });
    expect(doc.commands).toEqual(clean.commands);
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks.filter((b) => b.kind === 'cut')).toHaveLength(1);
    expect(doc.blocks.filter((b) => b.kind === 'feed')).toEqual(clean.blocks.filter((b) => b.kind === 'feed'));
    expect(doc.blocks.some((b) => b.kind === 'status-query')).toBe(false);
    const text = doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.content] : []));
    expect(text).toEqual(expect.arrayContaining(['Kantor@Vd !wt Camat', 'KTP@Vd !wt', 'Terima@Vd !wt kasih']));
  });
});
