/** What every way of reaching a printer offers the print job. */

export type TransportKind = 'tcp' | 'device' | 'windows' | 'none';

/**
 * How the printer's replies to status requests can be read:
 * - required: two-way; silence means the printer is not answering.
 * - optional: may be two-way (USB device file); silence means the printer is one-way.
 * - none: nothing comes back (Windows spooler, no printer).
 */
export type ReplyMode = 'required' | 'optional' | 'none';

export interface PrinterSession {
  /** Resolves when every byte has been handed to the connection, device or spooler. */
  write(bytes: Uint8Array): Promise<void>;
  /**
   * Discards stale input, sends `bytes` and resolves with the first reply byte `accept` takes,
   * or null when none came within `timeoutMs`. Rejects with a TransportError when the connection drops.
   */
  request(bytes: Uint8Array, accept: (byte: number) => boolean, timeoutMs: number): Promise<number | null>;
  close(): Promise<void>;
}

export interface PrinterTransport {
  readonly kind: TransportKind;
  readonly replies: ReplyMode;
  /** "tcp 192.168.1.50:9100", for logs and status details. */
  readonly description: string;
  /** Rejects with a TransportError when the printer cannot be reached. */
  open(): Promise<PrinterSession>;
}

export type TransportFailure = 'unavailable' | 'connect' | 'timeout' | 'closed' | 'write';

export class TransportError extends Error {
  readonly failure: TransportFailure;

  constructor(failure: TransportFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportError';
    this.failure = failure;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
