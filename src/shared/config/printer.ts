import { z } from 'zod';
import { isHostName, isIpAddress, isOfficeNetworkAddress } from './officeNetwork';
import { ruled } from '../validation/issueRules';
import { PRINTER_PROBLEMS } from './printerProblems';

/** Thermal ticket printer settings; merged into the office configuration by its schema. */

export const PRINTER_PROFILE_IDS = [
  'epson-tm-t20',
  'epson-tm-t82',
  'pos-80',
  'pos-58',
  'xprinter-80',
  'xprinter-58',
] as const;

export const PRINT_FAILURE_POLICIES = ['keepInQueue', 'void'] as const;

const millis = (min: number, max: number, fallback: number) =>
  z
    .int({ error: 'must be a whole number of milliseconds' })
    .min(min, `must be at least ${min} ms`)
    .max(max, `must be at most ${max} ms`)
    .default(fallback);

/**
 * A network printer on the office LAN or this PC. An address literal is judged here; a host name is
 * resolved and judged at each connection (it may point elsewhere later). The port defaults to 9100, the
 * raw-printing port of every ESC/POS network printer, and saved settings always write it out.
 */
const tcpTransport = z
  .object({
    type: z.literal('tcp'),
    host: z
      .string()
      .trim()
      .refine((host) => host !== '', { ...ruled('hostEmpty', PRINTER_PROBLEMS.hostEmpty), abort: true })
      .refine((host) => isIpAddress(host) || isHostName(host), ruled('host', PRINTER_PROBLEMS.host))
      .refine((host) => !isIpAddress(host) || isOfficeNetworkAddress(host), ruled('hostOutsideOffice', PRINTER_PROBLEMS.hostOutsideOffice)),
    port: z
      .number({ error: PRINTER_PROBLEMS.port })
      .refine((port) => Number.isInteger(port) && port >= 1 && port <= 65535, ruled('port', PRINTER_PROBLEMS.port))
      .default(9100),
  })
  .strict();

/** Linux devices a ticket printer is attached as: usblp, USB serial adapters (FTDI/CH340, CDC ACM) and on-board serial ports. */
export const PRINTER_DEVICE_PATH = /^\/dev\/(?:usb\/lp|ttyUSB|ttyACM|ttyS)\d{1,3}$/;

/** The path rule only; the transport also checks, when it opens the path, that it really is a character device. */
export function isPrinterDevicePath(path: string): boolean {
  return PRINTER_DEVICE_PATH.test(path);
}

const deviceTransport = z
  .object({
    type: z.literal('device'),
    path: z
      .string()
      .trim()
      .refine((path) => path !== '', { ...ruled('devicePathEmpty', PRINTER_PROBLEMS.devicePathEmpty), abort: true })
      .refine(isPrinterDevicePath, ruled('devicePath', PRINTER_PROBLEMS.devicePath))
      .default('/dev/usb/lp0'),
  })
  .strict();

const windowsTransport = z
  .object({
    type: z.literal('windows'),
    printerName: z
      .string()
      .trim()
      .refine((name) => name !== '', ruled('printerNameEmpty', PRINTER_PROBLEMS.printerNameEmpty))
      .max(220)
      .refine((name) => !/[\u0000-\u001f]/.test(name), ruled('printerNameControl', PRINTER_PROBLEMS.printerNameControl)),
  })
  .strict();

const noTransport = z.object({ type: z.literal('none') }).strict();

export const printerTransportSchema = z.discriminatedUnion(
  'type',
  [tcpTransport, deviceTransport, windowsTransport, noTransport],
  { error: 'transport.type must be "tcp", "device", "windows" or "none"' },
);

export const printerTimeoutsSchema = z
  .object({
    /** Opening a TCP connection or the device file. */
    connectMs: millis(100, 30_000, 2_000),
    /** Handing the ticket's bytes to the connection, device or spooler. */
    writeMs: millis(100, 60_000, 5_000),
    /** Each DLE EOT status reply. */
    statusMs: millis(50, 10_000, 500),
    /** The GS r 1 reply that says the whole ticket was printed. */
    processedMs: millis(500, 60_000, 8_000),
  })
  .strict();

export const printerConfigSchema = z
  .object({
    transport: printerTransportSchema.default({ type: 'none' }),
    profile: z
      .enum(PRINTER_PROFILE_IDS, { error: `must be one of: ${PRINTER_PROFILE_IDS.join(', ')}` })
      .default('pos-80'),
    /** Paper roll width; the profile's usual paper when left out. */
    paperWidthMm: z.union([z.literal(58), z.literal(80)], { error: 'must be 58 or 80' }).optional(),
    footerLines: z
      .array(z.string().trim().max(64, 'a footer line has at most 64 characters'))
      .max(4, 'at most 4 footer lines')
      .default([]),
    /** Health check period while idle; 0 turns it off. */
    statusPollIntervalMs: z
      .int()
      .min(0)
      .max(600_000)
      .refine((ms) => ms === 0 || ms >= 1_000, ruled('poll_interval', 'must be 0 (off) or at least 1000 ms'))
      .default(5_000),
    timeouts: printerTimeoutsSchema.prefault({}),
    /** What happens to a ticket whose printing failed: it stays in the queue, or it is voided. */
    onPrintFailure: z
      .enum(PRINT_FAILURE_POLICIES, { error: 'must be "keepInQueue" or "void"' })
      .default('keepInQueue'),
  })
  .strict();

export type PrinterConfig = z.output<typeof printerConfigSchema>;
export type PrinterConfigInput = z.input<typeof printerConfigSchema>;
export type PrinterTransportConfig = z.output<typeof printerTransportSchema>;
export type PrinterTimeouts = z.output<typeof printerTimeoutsSchema>;
