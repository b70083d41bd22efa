import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import type { DecodedDocument } from '../../../tools/escpos-decoder/document';
import { mppConfig } from '../../helpers/mppConfig';
import { testConfig } from '../../helpers/testConfig';
import { printingOffice, type PrintingOffice } from '../printer/helpers';

/**
 * A ticket of a Mal Pelayanan Publik, read back from the ESC/POS bytes the virtual printer received over
 * TCP: under the building's name it names the agency whose counters will call the number.
 */
const KIOSK: Caller = { role: 'kiosk', via: 'test' };

const texts = (doc: DecodedDocument) => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.content.trim()] : []));

describe('the ticket of a Mal Pelayanan Publik', () => {
  let office: PrintingOffice;
  afterEach(() => office.close());

  it("names the service's agency under the building's name, in the visitor's language, and on a reprint", async () => {
    office = await printingOffice(mppConfig());
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
