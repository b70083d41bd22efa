import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrinter } from '../../../src/main/printer/printer-service';
import type { HostLookup } from '../../../src/main/printer/transport/printer-address';
import { createTcpTransport } from '../../../src/main/printer/transport/tcp';
import type { VirtualPrinter } from '../../../tools/virtual-printer/virtual-printer';
import { printerConfigSchema } from '../../../src/shared/config/printer';
import { sampleTicket } from '../../unit/printer/fixtures';
import { FAST_TIMEOUTS, virtualPrinter } from './helpers';

let vp: VirtualPrinter | undefined;
afterEach(async () => {
  await vp?.close();
  vp = undefined;
});

/** A printer whose host name resolves as `lookup` says (the transport is built directly, past the schema). */
async function printVia(host: string, port: number, lookup?: HostLookup) {
  const transport = createTcpTransport({ host, port, connectTimeoutMs: FAST_TIMEOUTS.connectMs, writeTimeoutMs: FAST_TIMEOUTS.writeMs, ...(lookup ? { lookup } : {}) });
  const printer = createPrinter(printerConfigSchema.parse({ statusPollIntervalMs: 0, timeouts: FAST_TIMEOUTS }), { transport });
  const outcome = await printer.print(sampleTicket());
  await printer.close();
  return outcome;
}

/** Answers with fixed addresses and counts how often it was asked. */
function fixedLookup(...addresses: string[]): HostLookup & { calls: number } {
  const lookup = Object.assign(
    async () => {
      lookup.calls++;
      return addresses.map((address) => ({ address }));
    },
    { calls: 0 },
  );
  return lookup;
}

/** A TCP listener on loopback that counts the connections it gets. */
async function listener(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('a network printer must be on the office network', () => {
  it('prints to a host name that resolves only inside it, at the address it checked', async () => {
    vp = await virtualPrinter();
    const lookup = fixedLookup('127.0.0.1');
    const outcome = await printVia('printer-loket.lan', vp.port, lookup);
    expect(outcome).toEqual({ outcome: 'printed', confirmed: true, status: { state: 'ok', detail: 'printer ready' } });
    expect(lookup.calls).toBe(1);
    expect(vp.tickets).toHaveLength(1);
  });

  it('prints to "localhost" through the system resolver', async () => {
    vp = await virtualPrinter();
    expect((await printVia('localhost', vp.port)).outcome).toBe('printed');
  });

  it('refuses, without connecting, a name that also resolves outside the office network', async () => {
    const server = await listener();
    try {
      const outcome = await printVia('printer.example.com', server.port, fixedLookup('127.0.0.1', '93.184.215.14'));
      expect(outcome).toEqual({
        outcome: 'not_printed',
        status: {
          state: 'offline',
          detail: 'printer host "printer.example.com" resolves to 93.184.215.14, outside the office network; a network printer must be on the office LAN or this PC',
        },
        reason: 'printer host "printer.example.com" resolves to 93.184.215.14, outside the office network; a network printer must be on the office LAN or this PC',
      });
      expect(server.connections()).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('refuses an address literal outside it without asking any resolver', async () => {
    const lookup = fixedLookup('127.0.0.1');
    const outcome = await printVia('8.8.8.8', 9100, lookup);
    expect(outcome.reason).toBe('printer address 8.8.8.8 is outside the office network; a network printer must be on the office LAN or this PC');
    expect(lookup.calls).toBe(0);
  });

  it('says so when the name cannot be found', async () => {
    const lookup: HostLookup = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    const outcome = await printVia('printer-loket.lan', 9100, lookup);
    expect(outcome).toMatchObject({ outcome: 'not_printed', status: { state: 'offline' }, reason: 'printer host "printer-loket.lan" cannot be found (ENOTFOUND)' });
  });
});
