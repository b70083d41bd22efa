import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type PrinterConfigInput, printerConfigSchema } from '../../../src/shared/config/printer';
import { createPrinter, type PrinterService } from '../../../src/main/printer/printer-service';
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
