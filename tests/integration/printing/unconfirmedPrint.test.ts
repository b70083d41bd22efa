import { afterEach, describe, expect, it } from 'vitest';
import { createPrinter, type PrinterService } from '../../../src/main/printer';
import type { PrinterTransport } from '../../../src/main/printer/transport/transport';
import { printerConfigSchema } from '../../../src/shared/config/printer';
import { MONDAY_9AM_KUPANG } from '../../helpers/fakeClock';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';

/** A one-way USB printer: it takes every byte and never answers (a Windows driver without status looks the same). */
function oneWayPrinter(received: Uint8Array[]): PrinterTransport {
  return {
    kind: 'device',
    replies: 'optional',
    description: 'one-way test printer',
    open: async () => ({
      write: async (bytes) => {
        received.push(bytes);
      },
      request: async () => null,
      close: async () => undefined,
    }),
  };
}

let h: OfficeHarness;
let printer: PrinterService;

afterEach(async () => {
  await printer.close();
  h.close();
});

describe('a ticket the printer cannot confirm', () => {
  it('is sent and kept, but the kiosk is told it is not confirmed, and the event log says why', async () => {
    const received: Uint8Array[] = [];
    printer = createPrinter(printerConfigSchema.parse({ statusPollIntervalMs: 0 }), { transport: oneWayPrinter(received) });
    h = new OfficeHarness(testConfig(), MONDAY_9AM_KUPANG, printer);
    const t = await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' });
    expect(t.print).toEqual({ outcome: 'printed', confirmed: false, voided: false, printer: { state: 'unknown', detail: 'this printer connection cannot report status' } });
    expect(received.length).toBeGreaterThan(0);
    expect(h.store.tickets.printOutcome(t.id)).toEqual({ outcome: 'printed', detail: 'sent without confirmation: this printer connection cannot report status' });

    const again = await h.callAsync('tickets.reprint', { ticketId: t.id });
    expect(again.print).toMatchObject({ outcome: 'printed', confirmed: false });
  });

  it('is never confirmed when nothing was printed', async () => {
    printer = createPrinter(printerConfigSchema.parse({ statusPollIntervalMs: 0 }));
    h = new OfficeHarness(testConfig(), MONDAY_9AM_KUPANG, printer);
    const t = await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' });
    expect(t.print).toMatchObject({ outcome: 'not_printed', confirmed: false });
  });
});
