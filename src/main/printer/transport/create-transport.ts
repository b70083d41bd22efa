import type { PrinterTimeouts, PrinterTransportConfig } from '../../../shared/config/printer';
import { createDeviceTransport } from './device';
import { createNoTransport } from './none';
import { createTcpTransport } from './tcp';
import type { PrinterTransport } from './transport';
import { createWindowsTransport } from './windows';

/** The transport a validated printer config asks for. */
export function createTransport(config: PrinterTransportConfig, timeouts: PrinterTimeouts): PrinterTransport {
  const connect = { connectTimeoutMs: timeouts.connectMs, writeTimeoutMs: timeouts.writeMs };
  switch (config.type) {
    case 'tcp':
      return createTcpTransport({ host: config.host, port: config.port, ...connect });
    case 'device':
      return createDeviceTransport({ path: config.path, ...connect });
    case 'windows':
      return createWindowsTransport({
        printerName: config.printerName,
        writeTimeoutMs: timeouts.writeMs,
        processedTimeoutMs: timeouts.processedMs,
        statusTimeoutMs: timeouts.statusMs,
      });
    case 'none':
      return createNoTransport();
  }
}
