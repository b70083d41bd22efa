import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type PrinterConfigInput, printerConfigSchema } from '../../../src/shared/config/printer';
import { createPrinter, type PrinterService } from '../../../src/main/printer/printer-service';
import type { OfficeConfig } from '../../../src/shared/config/officeConfig';
import { MONDAY_9AM_KUPANG } from '../../helpers/fakeClock';
import { OfficeHarness } from '../../helpers/officeHarness';
import { startVirtualPrinter, type VirtualPrinter, type VirtualPrinterOptions } from '../../../tools/virtual-printer/virtual-printer';

export const FAST_TIMEOUTS = { connectMs: 1000, writeMs: 2000, statusMs: 150, processedMs: 600 };

export async function virtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'loket-vp-'));
  return startVirtualPrinter({ port: 0, outDir, ...options });
}

export function tcpPrinter(port: number, config: PrinterConfigInput = {}): PrinterService {
  return createPrinter(
    printerConfigSchema.parse({
      transport: { type: 'tcp', host: '127.0.0.1', port },
      statusPollIntervalMs: 0,
      timeouts: FAST_TIMEOUTS,
      ...config,
    }),
  );
}

/** An office (the harness, on a fake clock at Monday 09:00 Kupang) whose ticket printer is a virtual ESC/POS printer on loopback. */
export interface PrintingOffice {
  h: OfficeHarness;
  vp: VirtualPrinter;
  close(): Promise<void>;
}

export async function printingOffice(config: OfficeConfig, printerConfig: PrinterConfigInput = {}): Promise<PrintingOffice> {
  const vp = await virtualPrinter();
  const printer = tcpPrinter(vp.port, printerConfig);
  const h = new OfficeHarness(config, MONDAY_9AM_KUPANG, printer);
  return {
    h,
    vp,
    async close() {
      await printer.close();
      h.close();
      await vp.close();
    },
  };
}
