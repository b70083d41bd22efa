import { afterEach, describe, expect, it } from 'vitest';
import type { VirtualPrinter } from '../../../tools/virtual-printer/virtual-printer';
import type { DecodedDocument } from '../../../tools/escpos-decoder/document';
import type { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';
import { printingOffice } from '../printer/helpers';

let h: OfficeHarness;
let vp: VirtualPrinter;
let closeOffice: () => Promise<void>;

afterEach(() => closeOffice());

async function officeWithPrinter(onPrintFailure: 'keepInQueue' | 'void' = 'keepInQueue'): Promise<void> {
  ({ h, vp, close: closeOffice } = await printingOffice(testConfig({ printer: { onPrintFailure } }), { onPrintFailure }));
}

/** The biggest text on a decoded ticket: its number. */
function bigText(doc: DecodedDocument): string {
  let best = { text: '', height: 0 };
  for (const b of doc.blocks) if (b.kind === 'text' && b.content && b.height > best.height) best = { text: b.content, height: b.height };
  return best.text;
}

describe('reserve, print, confirm', () => {
  it('prints the number the visitor is told, with the ticket QR, and records it as printed', async () => {
    await officeWithPrinter();
    const t = await h.callAsync('tickets.issue', { serviceCode: 'KTP', priorityReason: 'lansia' }, { role: 'kiosk', via: 'test' });
    expect(t.print).toMatchObject({ outcome: 'printed', confirmed: true, voided: false, printer: { state: 'ok' } });
    expect(vp.tickets).toHaveLength(1);
    const doc = vp.tickets[0]!.document;
    expect(bigText(doc)).toBe(t.label);
    expect(doc.blocks.some((b) => b.kind === 'qr' && b.payload === `LOKET:${t.id}`)).toBe(true);
    expect(doc.blocks.some((b) => b.kind === 'text' && b.content.toUpperCase().includes('LANJUT USIA'))).toBe(true);
    expect(h.store.tickets.printOutcome(t.id)).toEqual({ outcome: 'printed', detail: null });
  });

  it('keeps the number in the queue and tells the visitor when the paper is out', async () => {
    await officeWithPrinter();
    vp.setStatus('paper_out');
    const t = await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' });
    expect(t).toMatchObject({ label: 'A-001', state: 'waiting', print: { outcome: 'not_printed', voided: false, printer: { state: 'paper_out' } } });
    expect(vp.tickets).toHaveLength(0);
    expect(h.call('queue.snapshot', {}).services[0]?.waiting.map((x) => x.label)).toEqual(['A-001']);
    expect(h.store.ticketEvents.forTicket(t.id).map((e) => e.type)).toEqual(['issued', 'print_failed']);
  });

  it('voids the ticket when the office says so, so no number waits that nobody holds', async () => {
    await officeWithPrinter('void');
    vp.setStatus('cover_open');
    const t = await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' });
    expect(t).toMatchObject({ state: 'cancelled', print: { outcome: 'not_printed', voided: true } });
    expect(h.call('queue.snapshot', {}).services[0]?.waiting).toEqual([]);
    vp.setStatus('ok');
    // The voided number is not reused: the next visitor gets the next one.
    expect((await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' })).label).toBe('A-002');
  });

  it('prints with an alert when the paper is nearly out', async () => {
    await officeWithPrinter();
    vp.setStatus('near_end');
    const t = await h.callAsync('tickets.issue', { serviceCode: 'KK' }, { role: 'kiosk', via: 'test' });
    expect(t.print).toMatchObject({ outcome: 'printed', printer: { state: 'near_end' } });
    const alerts = h.events.filter((e) => e.type === 'printer.status');
    expect(alerts.map((e) => e.type === 'printer.status' && e.payload.status.state)).toContain('near_end');
  });

  it('reports a failed print when the connection drops mid-ticket, and keeps the number', async () => {
    await officeWithPrinter();
    vp.dropConnectionAfterBytes(40);
    const t = await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' });
    expect(t.print.outcome).toBe('failed');
    expect(t.state).toBe('waiting');
  });

  it('lets a supervisor reprint the last ticket and any ticket of the day', async () => {
    await officeWithPrinter();
    const first = await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' });
    const second = await h.callAsync('tickets.issue', { serviceCode: 'KK' }, { role: 'kiosk', via: 'test' });
    const last = await h.callAsync('tickets.reprintLast', {});
    expect(last.ticket.label).toBe(second.label);
    const again = await h.callAsync('tickets.reprint', { ticketId: first.id });
    expect(again.print.outcome).toBe('printed');
    expect(vp.tickets.map((x) => bigText(x.document))).toEqual([first.label, second.label, second.label, first.label]);
    expect((await h.failAsync('tickets.reprintLast', {}, { role: 'kiosk', via: 'test' })).status).toBe(403);
  });
});

describe('finding a ticket of today for a reprint', () => {
  it('finds it by its printed number or its QR code, in any state, and refuses other days', async () => {
    await officeWithPrinter();
    h.openCounters(1);
    const t = await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, { role: 'kiosk', via: 'test' });
    h.call('counters.callNext', { counter: 1 });
    h.call('tickets.noShow', { counter: 1, ticketId: t.id });
    expect(h.call('tickets.findToday', { ticketRef: 'a1' }).id).toBe(t.id);
    expect(h.call('tickets.findToday', { ticketRef: `LOKET:${t.id}` }).state).toBe('no_show');
    expect(h.fail('tickets.findToday', { ticketRef: 'B-001' }).status).toBe(404);
    expect(h.fail('tickets.findToday', { ticketRef: 'nonsense!' }).status).toBe(400);
    expect(h.fail('tickets.findToday', { ticketRef: 'A-001' }, { role: 'counter', counter: 1, via: 'lan' }).status).toBe(403);
    h.clock.advance(24 * 60);
    expect(h.fail('tickets.findToday', { ticketRef: `LOKET:${t.id}` }).error.code).toBe('wrong_state');
  });
});
