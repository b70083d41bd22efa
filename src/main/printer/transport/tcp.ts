import net from 'node:net';
import { type HostLookup, officePrinterAddress } from './printer-address';
import { ReplyBuffer } from './reply-buffer';
import { type PrinterSession, type PrinterTransport, TransportError, errorMessage } from './transport';
import { withTimeout } from './with-timeout';

export interface TcpTransportOptions {
  host: string;
  port: number;
  connectTimeoutMs: number;
  writeTimeoutMs: number;
  /** How a host name is resolved; the system resolver by default. */
  lookup?: HostLookup;
}

/**
 * A network printer on a raw TCP port (9100): two-way, so status replies are expected. Each connection
 * first checks that the printer is on the office network (a host name is resolved again every time).
 */
export function createTcpTransport(options: TcpTransportOptions): PrinterTransport {
  const description = `tcp ${options.host}:${options.port}`;
  return {
    kind: 'tcp',
    replies: 'required',
    description,
    open: async () => {
      const resolving = officePrinterAddress(options.host, options.lookup);
      const address = await withTimeout(resolving, options.connectTimeoutMs, () => {
        resolving.catch(() => undefined);
        return new TransportError('connect', `printer host "${options.host}" was not resolved within ${options.connectTimeoutMs} ms`);
      });
      return openTcpSession(address, options, description);
    },
  };
}

function openTcpSession(address: string, options: TcpTransportOptions, description: string): Promise<PrinterSession> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: address, port: options.port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new TransportError('connect', `no connection to ${description} within ${options.connectTimeoutMs} ms`));
    }, options.connectTimeoutMs);
    const onConnectError = (error: Error) => {
      clearTimeout(timer);
      reject(new TransportError('connect', `cannot connect to ${description}: ${error.message}`, { cause: error }));
    };
    socket.once('error', onConnectError);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', onConnectError);
      socket.setNoDelay(true);
      resolve(new TcpSession(socket, options.writeTimeoutMs, description));
    });
  });
}

class TcpSession implements PrinterSession {
  readonly #socket: net.Socket;
  readonly #writeTimeoutMs: number;
  readonly #description: string;
  readonly #replies = new ReplyBuffer();
  readonly #closed: Promise<void>;
  #failure: TransportError | null = null;

  constructor(socket: net.Socket, writeTimeoutMs: number, description: string) {
    this.#socket = socket;
    this.#writeTimeoutMs = writeTimeoutMs;
    this.#description = description;
    socket.on('data', (chunk: Buffer) => this.#replies.push(chunk));
    socket.on('error', (error) => this.#lose(`connection to ${description} failed: ${error.message}`));
    this.#closed = new Promise((resolve) => {
      socket.once('close', () => {
        this.#lose(`${description} closed the connection`);
        resolve();
      });
    });
  }

  #lose(message: string): void {
    this.#failure ??= new TransportError('closed', message);
    this.#replies.fail(this.#failure);
  }

  write(bytes: Uint8Array): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    const written = new Promise<void>((resolve, reject) => {
      const onClose = () => reject(this.#failure ?? new TransportError('closed', `${this.#description} closed the connection`));
      this.#socket.once('close', onClose);
      this.#socket.write(bytes, (error) => {
        this.#socket.off('close', onClose);
        if (error) reject(this.#failure ?? new TransportError('closed', `sending to ${this.#description} failed: ${errorMessage(error)}`));
        else resolve();
      });
    });
    return withTimeout(written, this.#writeTimeoutMs, () => {
      this.#socket.destroy();
      return new TransportError('timeout', `${this.#description} did not take the data within ${this.#writeTimeoutMs} ms`);
    });
  }

  async request(bytes: Uint8Array, accept: (byte: number) => boolean, timeoutMs: number): Promise<number | null> {
    this.#replies.clear();
    const reply = this.#replies.wait(accept, timeoutMs);
    try {
      await this.write(bytes);
    } catch (error) {
      reply.catch(() => undefined);
      throw error;
    }
    return reply;
  }

  async close(): Promise<void> {
    this.#socket.end();
    const closeTimer = setTimeout(() => this.#socket.destroy(), 500);
    await this.#closed;
    clearTimeout(closeTimer);
  }
}
