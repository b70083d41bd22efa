import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import type { DecodedDocument } from '../../../tools/escpos-decoder/document';
import { testConfig } from '../../helpers/testConfig';
import { printingOffice, type PrintingOffice } from '../printer/helpers';

/**
 * A ticket of a Mal Pelayanan Publik, read back from the ESC/POS bytes the virtual printer received over
 * TCP: under the building's name it names the agency whose counters will call the number.
 */
const KIOSK: Caller = { role: 'kiosk', via: 'test' };

const texts = (doc: DecodedDocument) => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.content.trim()] : []));

function building(language: 'id' | 'en' = 'id') {
  return testConfig({
    language,
    office: { id: 'mpp-uji', name: 'Mal Pelayanan Publik Uji', timeZone: 'Asia/Makassar', openingHours: { mon: ['00:00-24:00'] } },
    agencies: [
      { id: 'DUKCAPIL', name: { id: 'Dinas Dukcapil', en: 'Civil Registry' }, shortName: 'Dukcapil' },
      { id: 'SAMSAT', name: { id: 'Samsat Kota Kupang', en: 'Vehicle Tax Office' }, shortName: 'Samsat' },
    ],
    services: [
      { code: 'KTP', name: { id: 'KTP-el', en: 'ID card' }, prefix: 'A', agency: 'DUKCAPIL' },
      { code: 'PKB', name: { id: 'Pajak kendaraan', en: 'Vehicle tax' }, prefix: 'S', agency: 'SAMSAT' },
    ],
    counters: [
      { number: 1, name: 'Loket 1', services: ['KTP'], agency: 'DUKCAPIL' },
      { number: 2, name: 'Loket 2', services: ['PKB'], agency: 'SAMSAT' },
    ],
  });
}

describe('the ticket of a Mal Pelayanan Publik', () => {
  let office: PrintingOffice;
  afterEach(() => office.close());

  it("names the service's agency under the building's name, in the visitor's language, and on a reprint", async () => {
    office = await printingOffice(building());
    const { h, vp } = office;
    const ticket = await h.callAsync('tickets.issue', { serviceCode: 'PKB' }, KIOSK);
    expect(texts(vp.tickets[0]!.document).slice(0, 2)).toEqual(['Mal Pelayanan Publik Uji', 'Samsat Kota Kupang']);
    await h.callAsync('tickets.issue', { serviceCode: 'KTP', language: 'en' }, KIOSK);
    expect(texts(vp.tickets[1]!.document).slice(0, 2)).toEqual(['Mal Pelayanan Publik Uji', 'Civil Registry']);
    await h.callAsync('tickets.reprint', { ticketId: ticket.id });
    expect(texts(vp.tickets[2]!.document)).toContain('Samsat Kota Kupang');
  });

  it('prints no agency line in an office of one agency', async () => {
    office = await printingOffice(testConfig());
    const { h, vp } = office;
    await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, KIOSK);
    const lines = texts(vp.tickets[0]!.document);
    expect(lines[0]).toBe('Kantor Uji Loket');
    expect(lines[1]).toMatch(/^-+$/);
  });
});
