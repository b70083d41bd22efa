import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../src/main/printer/decode/decode-escpos';
import { createPrinter } from '../../../src/main/printer/printer-service';
import { printerConfigSchema } from '../../../src/shared/config/printer';
import { sampleTicket } from '../../unit/printer/fixtures';
import { FAST_TIMEOUTS } from './helpers';

const devicePrinter = (devicePath: string) =>
  createPrinter(
    printerConfigSchema.parse({
      transport: { type: 'device', path: devicePath },
      statusPollIntervalMs: 0,
      timeouts: FAST_TIMEOUTS,
    }),
  );

describe('device transport', () => {
  it('writes the ticket to a one-way device and reports status unknown', async () => {
    const device = path.join(await mkdtemp(path.join(tmpdir(), 'loket-lp-')), 'lp0');
    await writeFile(device, '');
    const printer = devicePrinter(device);
    const outcome = await printer.print(sampleTicket());
    await printer.close();
    expect(outcome).toEqual({
      outcome: 'printed',
      status: { state: 'unknown', detail: 'this printer connection cannot report status' },
    });
    const doc = decodeEscPos(await readFile(device));
    expect(doc.blocks.filter((b) => b.kind === 'status-query').map((b) => b.command)).toEqual(['DLE EOT 1']);
    expect(doc.blocks.some((b) => b.kind === 'text' && b.content === 'A-017')).toBe(true);
    expect(doc.blocks.some((b) => b.kind === 'cut')).toBe(true);
  });

  it('does not print when the device is missing (unplugged)', async () => {
    const printer = devicePrinter('/dev/usb/lp-loket-missing');
    const outcome = await printer.print(sampleTicket());
    expect(outcome.outcome).toBe('not_printed');
    expect(outcome.status.state).toBe('offline');
    expect(outcome.reason).toBe('printer device /dev/usb/lp-loket-missing does not exist (printer unplugged or switched off?)');
    expect((await printer.checkStatus()).state).toBe('offline');
    await printer.close();
  });
});

describe('no printer', () => {
  it('prints nothing and says why, without an alarming state', async () => {
    const printer = createPrinter(printerConfigSchema.parse({ statusPollIntervalMs: 0 }));
    const outcome = await printer.print(sampleTicket());
    expect(outcome).toEqual({
      outcome: 'not_printed',
      status: { state: 'unknown', detail: 'no printer configured' },
      reason: 'no printer configured',
    });
    await printer.close();
  });
});
