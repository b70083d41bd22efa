import { afterEach, describe, expect, it } from 'vitest';
import type { DecodedDocument } from '../../../tools/escpos-decoder/document';
import type { VirtualPrinter } from '../../../tools/virtual-printer/virtual-printer';
import { formatPhoneCode } from '../../../src/shared/domain/phoneCode';
import type { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';
import { printingOffice } from '../printer/helpers';

/** The printed ticket, read back from the bytes the virtual printer received: what the visitor's phone scans. */
let h: OfficeHarness;
let vp: VirtualPrinter;
let closeOffice: () => Promise<void>;

afterEach(() => closeOffice());

async function office(lan?: Record<string, unknown>): Promise<void> {
  ({ h, vp, close: closeOffice } = await printingOffice(testConfig(lan ? { lan } : {})));
}

const texts = (doc: DecodedDocument) => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.content] : []));
/** The printed words as one text (the printer wraps a long line at the paper's width). */
const wording = (doc: DecodedDocument) => texts(doc).join(' ');
const qr = (doc: DecodedDocument) => doc.blocks.flatMap((b) => (b.kind === 'qr' ? [b.payload] : []));
const issue = () => h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' });

describe('the ticket with the office public address', () => {
  it("holds the phone page's address in its QR code and prints the code for a rating tablet", async () => {
    await office({ publicUrl: 'http://192.168.1.10:5170/' });
    const t = await issue();
    const code = h.core.phoneCodeOf(t.id) as string;
    const doc = vp.tickets[0]!.document;
    expect(qr(doc)).toEqual([`http://192.168.1.10:5170/t/${code}`]);
    expect(wording(doc)).toContain('Pindai dengan ponsel (Wi-Fi kantor) untuk status & penilaian');
    expect(texts(doc)).toContain(`Kode: ${formatPhoneCode(code)}`);
    // A reprint carries the same address.
    await h.callAsync('tickets.reprint', { ticketId: t.id });
    expect(qr(vp.tickets[1]!.document)).toEqual([`http://192.168.1.10:5170/t/${code}`]);
    // The printed code, typed at the rating tablet, finds the visit once it is served.
    h.openCounters(1);
    h.call('counters.callNext', { counter: 1 });
    h.call('tickets.start', { counter: 1, ticketId: t.id });
    expect(h.call('ratings.lookup', { ticketRef: formatPhoneCode(code) }, { role: 'kiosk', via: 'test' }).label).toBe(t.label);
  });

  it('prints the English words for an English ticket', async () => {
    await office({ publicUrl: 'http://loket.kantor.local:5170' });
    await h.callAsync('tickets.issue', { serviceCode: 'KTP', language: 'en' }, { role: 'kiosk', via: 'test' });
    expect(wording(vp.tickets[0]!.document)).toContain('Scan with your phone (office Wi-Fi) for status & rating');
    expect(qr(vp.tickets[0]!.document)[0]).toMatch(/^http:\/\/loket\.kantor\.local:5170\/t\/[0-9A-Z]{13}$/);
  });
});

describe('the ticket without a public address', () => {
  it('keeps the QR code the rating tablets read and promises no phone page', async () => {
    await office();
    const t = await issue();
    const doc = vp.tickets[0]!.document;
    expect(qr(doc)).toEqual([`LOKET:${t.id}`]);
    expect(texts(doc)).toContain('Pindai di tablet penilaian kantor ini');
    expect(texts(doc).some((line) => /ponsel|Kode:/.test(line))).toBe(false);
  });
});
