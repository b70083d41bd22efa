import { TransportError } from './transport';

interface Waiter {
  accept: (byte: number) => boolean;
  resolve: (byte: number | null) => void;
  reject: (error: TransportError) => void;
  timer: NodeJS.Timeout;
}

/** Bytes the printer sent back, and the one request waiting for a reply among them. */
export class ReplyBuffer {
  #bytes: number[] = [];
  #waiter: Waiter | null = null;
  #failure: TransportError | null = null;

  push(chunk: Uint8Array): void {
    for (const byte of chunk) {
      const waiter = this.#waiter;
      if (waiter && waiter.accept(byte)) {
        this.#settle(() => waiter.resolve(byte));
      } else if (!waiter) {
        this.#bytes.push(byte);
      }
    }
  }

  /** Drops replies nobody asked for, such as a late answer to a request that already timed out. */
  clear(): void {
    this.#bytes = [];
  }

  /** The connection is gone: the waiting request and every later one fail with this error. */
  fail(error: TransportError): void {
    this.#failure ??= error;
    const waiter = this.#waiter;
    if (waiter) this.#settle(() => waiter.reject(error));
  }

  wait(accept: (byte: number) => boolean, timeoutMs: number): Promise<number | null> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#waiter) return Promise.reject(new Error('a status request is already waiting for its reply'));
    const index = this.#bytes.findIndex(accept);
    if (index >= 0) {
      const byte = this.#bytes[index] as number;
      this.#bytes.splice(0, index + 1);
      return Promise.resolve(byte);
    }
    this.#bytes = [];
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.#settle(() => resolve(null)), timeoutMs);
      this.#waiter = { accept, resolve, reject, timer };
    });
  }

  #settle(action: () => void): void {
    if (this.#waiter) clearTimeout(this.#waiter.timer);
    this.#waiter = null;
    action();
  }
}
