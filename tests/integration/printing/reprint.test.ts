import { afterEach, describe, expect, it } from 'vitest';
import type { DecodedDocument } from '../../../tools/escpos-decoder/document';
import type { VirtualPrinter } from '../../../tools/virtual-printer/virtual-printer';
import type { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';
import { printingOffice } from '../printer/helpers';

/**
 * A supervisor's reprint, read back from the ESC/POS bytes the virtual printer received: the visitor
 * holding it and the counter clerk must see it is a copy, and it must not claim a queue that has moved on.
 */
let h: OfficeHarness;
let vp: VirtualPrinter;
let closeOffice: () => Promise<void>;

afterEach(() => closeOffice());

async function officeWithPrinter(): Promise<void> {
  ({ h, vp, close: closeOffice } = await printingOffice(testConfig()));
}

const lines = (doc: DecodedDocument) => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b] : []));
const texts = (doc: DecodedDocument) => lines(doc).map((b) => b.content);
const issue = () => h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' });

describe('a reprinted ticket', () => {
  it('carries a CETAK ULANG mark and leaves out the people ahead and the estimate', async () => {
    await officeWithPrinter();
    await issue();
    const second = await issue();
    const original = vp.tickets[1]!.document;
    expect(texts(original).some((t) => t.startsWith('Antrian di depan Anda') && t.endsWith('1 orang'))).toBe(true);
    expect(texts(original).some((t) => t.startsWith('Perkiraan waktu tunggu'))).toBe(true);
    expect(texts(original)).not.toContain('CETAK ULANG');

    await h.callAsync('tickets.reprint', { ticketId: second.id });
    const copy = vp.tickets[2]!.document;
    const mark = lines(copy).find((b) => b.content === 'CETAK ULANG');
    expect(mark, 'the reprint mark').toBeDefined();
    expect(mark).toMatchObject({ invert: true, bold: true, placement: 'center' });
    expect(texts(copy).some((t) => t.startsWith('Antrian di depan Anda'))).toBe(false);
    expect(texts(copy).some((t) => t.startsWith('Perkiraan waktu tunggu'))).toBe(false);
    // The number, the service and the QR are the same as on the original.
    expect(texts(copy)).toContain(second.label);
    expect(copy.blocks.some((b) => b.kind === 'qr' && b.payload === `LOKET:${second.id}`)).toBe(true);
  });

  it('says what the QR code is for without promising a phone page', async () => {
    await officeWithPrinter();
    await issue();
    const words = texts(vp.tickets[0]!.document);
    expect(words).toContain('Pindai di tablet penilaian kantor ini');
    expect(words.some((t) => /status/i.test(t))).toBe(false);
  });

  it('reports the paper out instead of a printed reprint', async () => {
    await officeWithPrinter();
    const t = await issue();
    vp.setStatus('paper_out');
    const again = await h.callAsync('tickets.reprint', { ticketId: t.id });
    expect(again.print).toMatchObject({ outcome: 'not_printed', confirmed: false, printer: { state: 'paper_out' } });
    expect(vp.tickets).toHaveLength(1);
  });
});
