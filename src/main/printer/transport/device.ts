import { type Stats, constants } from 'node:fs';
import { type FileHandle, lstat, open, realpath } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { isPrinterDevicePath } from '../../../shared/config/printer';
import { PRINTER_PROBLEMS } from '../../../shared/config/printerProblems';
import { isUnderDev, notCharacterDevice } from './device-check';
import { type PrinterSession, type PrinterTransport, TransportError, errorMessage } from './transport';
import { withTimeout } from './with-timeout';

export interface DeviceTransportOptions {
  /** e.g. /dev/usb/lp0 (kernel usblp). */
  path: string;
  connectTimeoutMs: number;
  writeTimeoutMs: number;
  /**
   * The path rule; the configuration's printer device paths by default. Tests pass a wider one to reach a
   * pseudo-terminal; the character-device check below applies either way.
   */
  allowPath?: (path: string) => boolean;
}

/** How often a non-blocking device is polled for reply bytes or for room to write. */
const POLL_MS = 5;
const READ_CHUNK = 64;

/**
 * A printer device file. Two-way USB printers answer status requests through reads; one-way ones
 * never do, so silence here means "status unknown", not "printer dead".
 */
export function createDeviceTransport(options: DeviceTransportOptions): PrinterTransport {
  return {
    kind: 'device',
    replies: 'optional',
    description: `device ${options.path}`,
    open: () => openDevice(options),
  };
}

function openFailure(path: string, error: unknown): TransportError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' || code === 'ENODEV' || code === 'ENXIO'
      ? 'does not exist (printer unplugged or switched off?)'
      : code === 'EACCES' || code === 'EPERM'
        ? 'may not be opened by this user (add the user to the "lp" group, or "dialout" for a serial port)'
        : code === 'EBUSY'
          ? 'is in use by another program'
          : `cannot be opened: ${errorMessage(error)}`;
  return new TransportError('unavailable', `printer device ${path} ${reason}`, { cause: error });
}

/**
 * Opens the device only when it is one: the path passes the rule, it resolves to a character device in
 * /dev, and the file opened is the file checked. Never created (no O_CREAT), never made the controlling
 * terminal (O_NOCTTY, for serial ports), never followed through a link swapped in meanwhile (O_NOFOLLOW).
 */
async function openCheckedDevice(path: string): Promise<FileHandle> {
  let real: string;
  let checked: Stats;
  try {
    real = await realpath(path);
    checked = await lstat(real);
  } catch (error) {
    throw openFailure(path, error);
  }
  const shown = real === path ? path : `${path} (a link to ${real})`;
  const kind = notCharacterDevice(checked);
  if (kind !== null) throw new TransportError('unavailable', `printer device ${shown} is ${kind}, not a printer; nothing was written to it`);
  if (!isUnderDev(real)) throw new TransportError('unavailable', `printer device ${shown} is outside /dev; nothing was written to it`);
  let handle: FileHandle;
  try {
    handle = await open(real, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY | constants.O_NOFOLLOW);
  } catch (error) {
    throw openFailure(path, error);
  }
  const opened = await handle.stat().catch(() => null);
  if (!opened || opened.dev !== checked.dev || opened.ino !== checked.ino || !opened.isCharacterDevice()) {
    await handle.close();
    throw new TransportError('unavailable', `printer device ${shown} changed while it was being opened; nothing was written to it`);
  }
  return handle;
}

async function openDevice(options: DeviceTransportOptions): Promise<PrinterSession> {
  const allowPath = options.allowPath ?? isPrinterDevicePath;
  if (!allowPath(options.path)) {
    throw new TransportError('unavailable', `printer device ${options.path} is not a printer device path; it ${PRINTER_PROBLEMS.devicePath}`);
  }
  // usblp allows a single open, so one non-blocking read-write handle serves writes and status reads alike.
  const opening = openCheckedDevice(options.path);
  const handle = await withTimeout(opening, options.connectTimeoutMs, () => {
    opening.then((late) => late.close(), () => undefined);
    return new TransportError('timeout', `printer device ${options.path} did not open within ${options.connectTimeoutMs} ms`);
  });
  return new DeviceSession(handle, options);
}

function isRetryable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EAGAIN' || code === 'EWOULDBLOCK';
}

class DeviceSession implements PrinterSession {
  readonly #handle: FileHandle;
  readonly #options: DeviceTransportOptions;

  constructor(handle: FileHandle, options: DeviceTransportOptions) {
    this.#handle = handle;
    this.#options = options;
  }

  async write(bytes: Uint8Array): Promise<void> {
    const deadline = Date.now() + this.#options.writeTimeoutMs;
    let offset = 0;
    while (offset < bytes.length) {
      try {
        const { bytesWritten } = await this.#handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
        continue;
      } catch (error) {
        if (!isRetryable(error)) {
          throw new TransportError('write', `writing to ${this.#options.path} failed: ${errorMessage(error)}`, { cause: error });
        }
      }
      if (Date.now() >= deadline) {
        throw new TransportError(
          'timeout',
          `printer device ${this.#options.path} took only ${offset} of ${bytes.length} bytes within ${this.#options.writeTimeoutMs} ms`,
        );
      }
      await sleep(POLL_MS);
    }
  }

  async request(bytes: Uint8Array, accept: (byte: number) => boolean, timeoutMs: number): Promise<number | null> {
    await this.#drain();
    await this.write(bytes);
    const deadline = Date.now() + timeoutMs;
    const buffer = Buffer.alloc(READ_CHUNK);
    while (Date.now() < deadline) {
      const read = await this.#read(buffer);
      if (read === null) return null;
      for (const byte of buffer.subarray(0, read)) if (accept(byte)) return byte;
      if (read === 0) await sleep(POLL_MS);
    }
    return null;
  }

  /** Reads what is there: a byte count (0 when nothing yet), or null when the device cannot be read at all. */
  async #read(buffer: Buffer): Promise<number | null> {
    try {
      const { bytesRead } = await this.#handle.read(buffer, 0, buffer.length, null);
      return bytesRead;
    } catch (error) {
      return isRetryable(error) ? 0 : null;
    }
  }

  async #drain(): Promise<void> {
    const buffer = Buffer.alloc(READ_CHUNK);
    while ((await this.#read(buffer)) === READ_CHUNK);
  }

  close(): Promise<void> {
    return this.#handle.close();
  }
}
