import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPrinter, type PrinterService } from '../../../src/main/printer/printer-service';
import type { PrinterStatus } from '../../../src/main/printer/status';
import type { VirtualPrinter } from '../../../tools/virtual-printer/virtual-printer';
import { printerConfigSchema } from '../../../src/shared/config/printer';
import { sampleTicket } from '../../unit/printer/fixtures';
import { FAST_TIMEOUTS, tcpPrinter, virtualPrinter } from './helpers';

let vp: VirtualPrinter | undefined;
let printer: PrinterService | undefined;

afterEach(async () => {
  await printer?.close();
  await vp?.close();
  printer = undefined;
  vp = undefined;
});

async function setup(status: Parameters<VirtualPrinter['setStatus']>[0] = 'ok') {
  vp = await virtualPrinter({ status });
  printer = tcpPrinter(vp.port);
  return { vp, printer };
}

describe('printing to the virtual printer over TCP', () => {
  it('prints when ready, and the printer receives the decoded ticket', async () => {
    const { vp, printer } = await setup('ok');
    const outcome = await printer.print(sampleTicket());
    expect(outcome).toEqual({ outcome: 'printed', confirmed: true, status: { state: 'ok', detail: 'printer ready' } });
    expect(vp.tickets).toHaveLength(1);
    const doc = vp.tickets[0]?.document;
    expect(doc?.blocks.find((b) => b.kind === 'text' && b.content === 'A-017')).toMatchObject({
      width: 6,
      placement: 'center',
    });
    expect(doc?.blocks.find((b) => b.kind === 'qr')).toMatchObject({ payload: sampleTicket().qrPayload });
    await vp.flush();
    const image = vp.tickets[0]?.imagePath ?? '';
    expect(image).toMatch(/0001-A-017\.png$/);
    expect(readFileSync(image).subarray(1, 4).toString()).toBe('PNG');
  });

  it('asks DLE EOT 1, 2, 4 before the ticket and GS r 1 after it', async () => {
    const { vp, printer } = await setup('ok');
    await printer.print(sampleTicket());
    await waitFor(() => vp.jobs.length === 1);
    const queries = vp.jobs[0]?.document.blocks.flatMap((b) => (b.kind === 'status-query' ? [b.command] : []));
    expect(queries).toEqual(['DLE EOT 1', 'DLE EOT 2', 'DLE EOT 4', 'GS r 1']);
    const kinds = vp.jobs[0]?.document.blocks.map((b) => b.kind) ?? [];
    expect(kinds.indexOf('cut')).toBeLessThan(kinds.lastIndexOf('status-query'));
  });

  it('prints with a near-end alert', async () => {
    const { vp, printer } = await setup('near_end');
    const changes: PrinterStatus[] = [];
    printer.onStatusChange((status) => changes.push(status));
    const outcome = await printer.print(sampleTicket());
    expect(outcome.outcome).toBe('printed');
    expect(outcome.status.state).toBe('near_end');
    expect(changes.map((s) => s.state)).toEqual(['near_end']);
    expect(vp.tickets).toHaveLength(1);
  });

  it.each([
    ['paper_out', /paper roll is empty/],
    ['cover_open', /cover is open/],
    ['error', /autocutter/],
  ] as const)('refuses to print when the printer reports %s', async (state, detail) => {
    const { vp, printer } = await setup(state);
    const outcome = await printer.print(sampleTicket());
    expect(outcome.outcome).toBe('not_printed');
    expect(outcome.status.state).toBe(state);
    expect(outcome.reason).toMatch(detail);
    // The printer has seen the whole connection (status queries only) once it has ended on its side.
    await vi.waitFor(() => expect(vp.closedConnections).toBe(1));
    expect(vp.jobs).toHaveLength(0);
    expect(vp.tickets).toHaveLength(0);
  });

  it('refuses after a short timeout when the printer never answers', async () => {
    const { vp, printer } = await setup('silent');
    const started = Date.now();
    const outcome = await printer.print(sampleTicket());
    expect(outcome.outcome).toBe('not_printed');
    expect(outcome.status).toEqual({
      state: 'no_reply',
      detail: `printer did not answer DLE EOT 1 within ${FAST_TIMEOUTS.statusMs} ms`,
    });
    expect(Date.now() - started).toBeLessThan(FAST_TIMEOUTS.statusMs + 500);
    expect(vp.tickets).toHaveLength(0);
  });

  it('reports a ticket the printer never confirms as failed, with the reason asked afterwards', async () => {
    const { vp, printer } = await setup('ok');
    vp.onTicket(() => vp.setStatus('paper_out'));
    const outcome = await printer.print(sampleTicket());
    expect(outcome.outcome).toBe('failed');
    expect(outcome.status.state).toBe('paper_out');
    expect(outcome.reason).toBe(
      `printer did not confirm the ticket within ${FAST_TIMEOUTS.processedMs} ms: paper roll is empty`,
    );
  });

  it('times out when the printer goes silent in the middle of the job', async () => {
    const { vp, printer } = await setup('ok');
    vp.onTicket(() => vp.setStatus('silent'));
    const outcome = await printer.print(sampleTicket());
    expect(outcome.outcome).toBe('failed');
    expect(outcome.status.state).toBe('no_reply');
    expect(outcome.reason).toMatch(/did not confirm the ticket within 600 ms/);
  });

  it('gives a clear failed outcome when the connection drops mid-job', async () => {
    const { vp, printer } = await setup('ok');
    vp.dropConnectionAfterBytes(200);
    const outcome = await printer.print(sampleTicket());
    expect(outcome.outcome).toBe('failed');
    expect(outcome.status.state).toBe('offline');
    expect(outcome.reason).toMatch(/^connection lost while .*closed the connection/);
    await waitFor(() => vp.jobs.length === 1);
    expect(vp.jobs[0]?.complete).toBe(false);
    expect(vp.tickets).toHaveLength(0);
    vp.setStatus('ok');
    expect((await printer.print(sampleTicket())).outcome).toBe('printed');
  });

  it('does not print when nothing listens on the port', async () => {
    const port = await freePort();
    printer = tcpPrinter(port);
    const outcome = await printer.print(sampleTicket());
    expect(outcome.outcome).toBe('not_printed');
    expect(outcome.status.state).toBe('offline');
    expect(outcome.reason).toMatch(new RegExp(`cannot connect to tcp 127.0.0.1:${port}: .*ECONNREFUSED`));
  });

  it('never has two jobs on the wire at once', async () => {
    const { vp } = await setup('ok');
    let open = 0;
    let maxOpen = 0;
    const transport = printer?.transport;
    if (!transport) throw new Error('no printer');
    const counting = {
      ...transport,
      open: async () => {
        const session = await transport.open();
        maxOpen = Math.max(maxOpen, ++open);
        return { ...session, write: session.write.bind(session), request: session.request.bind(session), close: async () => {
          open--;
          await session.close();
        } };
      },
    };
    const serial = createPrinter(printerConfigSchema.parse({ statusPollIntervalMs: 0, timeouts: FAST_TIMEOUTS }), {
      transport: counting,
    });
    const labels = ['A-001', 'A-002', 'A-003', 'A-004', 'A-005'];
    const outcomes = await Promise.all(labels.map((ticketLabel) => serial.print(sampleTicket({ ticketLabel }))));
    await serial.close();
    expect(outcomes.map((o) => o.outcome)).toEqual(labels.map(() => 'printed'));
    expect(maxOpen).toBe(1);
    const printed = vp.tickets.map((t) => t.document.blocks.find((b) => b.kind === 'text' && b.height === 6));
    expect(printed.map((b) => (b?.kind === 'text' ? b.content : ''))).toEqual(labels);
  });

  it('checks health in the background and reports changes', async () => {
    vp = await virtualPrinter({ status: 'ok' });
    printer = tcpPrinter(vp.port, { statusPollIntervalMs: 1000 });
    const changes: string[] = [];
    printer.onStatusChange((status, previous) => changes.push(`${previous.state}->${status.state}`));
    await waitFor(() => changes.length === 1, 2500);
    vp.setStatus('cover_open');
    await waitFor(() => changes.length === 2, 2500);
    expect(changes).toEqual(['unknown->ok', 'ok->cover_open']);
    expect(printer.status.state).toBe('cover_open');
    expect(await printer.checkStatus()).toEqual({ state: 'cover_open', detail: 'printer cover is open' });
  });

  it('saves PNG files only for tickets that came out', async () => {
    const { vp, printer } = await setup('ok');
    await printer.print(sampleTicket({ ticketLabel: 'B-100' }));
    await vp.flush();
    expect(existsSync(vp.tickets[0]?.imagePath ?? '')).toBe(true);
    expect(vp.tickets[0]?.imagePath).toMatch(/B-100/);
  });
});

async function waitFor(condition: () => boolean, timeout = 1000): Promise<void> {
  await vi.waitFor(() => expect(condition()).toBe(true), { timeout, interval: 10 });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
