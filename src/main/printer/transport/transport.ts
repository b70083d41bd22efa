/** What every way of reaching a printer offers the print job. */
import type { PrinterStatus } from '../status';

export type TransportKind = 'tcp' | 'device' | 'windows' | 'none';

/**
 * How the printer's state can be learned:
 * - required: two-way; silence means the printer is not answering.
 * - optional: may be two-way (USB device file); silence means the printer is one-way.
 * - spooler: the operating system's spooler and the printer driver report it (session.status), and a
 *   job that leaves the queue without a fault stands in for the printer's own confirmation.
 * - none: nothing comes back (no printer).
 */
export type ReplyMode = 'required' | 'optional' | 'spooler' | 'none';

export interface PrinterSession {
  /** Resolves when every byte has been handed to the connection or device, or the spooler's job has left its queue. */
  write(bytes: Uint8Array): Promise<void>;
  /**
   * Discards stale input, sends `bytes` and resolves with the first reply byte `accept` takes,
   * or null when none came within `timeoutMs`. Rejects with a TransportError when the connection drops.
   */
  request(bytes: Uint8Array, accept: (byte: number) => boolean, timeoutMs: number): Promise<number | null>;
  /** Only with replies 'spooler': the state the spooler and driver report, 'unknown' when they cannot tell. */
  status?(): Promise<PrinterStatus>;
  close(): Promise<void>;
}

export interface PrinterTransport {
  readonly kind: TransportKind;
  readonly replies: ReplyMode;
  /** "tcp 192.168.1.50:9100", for logs and status details. */
  readonly description: string;
  /** Rejects with a TransportError when the printer cannot be reached. */
  open(): Promise<PrinterSession>;
  /** Ends what the transport keeps running between jobs (the Windows print helper). */
  close?(): Promise<void>;
}

export type TransportFailure = 'unavailable' | 'connect' | 'timeout' | 'closed' | 'write';

export class TransportError extends Error {
  readonly failure: TransportFailure;
  /** What the connection learned about the printer as it failed, e.g. the spooler's "paper out" on a stalled job. */
  readonly status: PrinterStatus | undefined;

  constructor(failure: TransportFailure, message: string, options?: { cause?: unknown; status?: PrinterStatus }) {
    super(message, options);
    this.name = 'TransportError';
    this.failure = failure;
    this.status = options?.status;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
