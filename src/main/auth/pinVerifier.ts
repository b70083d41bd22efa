import { verifyPin } from './pinHash';

export type VerifyPin = (pinHash: string, pin: string) => Promise<boolean>;

/** Two argon2 checks at a time (19 MiB each) and a short queue: the rest of the CPU stays for ticket issue. */
const CONCURRENCY = 2;
const QUEUE = 8;

/**
 * The office's argon2 PIN checks, a few at a time. Beyond the queue a request is refused up front
 * (`hasRoom`), so a flood of sign-ins can neither eat the CPU nor pile up memory.
 */
export class PinVerifier {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly verify: VerifyPin = verifyPin) {}

  hasRoom(): boolean {
    return this.running + this.waiting.length < CONCURRENCY + QUEUE;
  }

  /** Checks the PIN once a slot is free; call only after `hasRoom()` in the same tick. */
  async check(pinHash: string, pin: string): Promise<boolean> {
    if (this.running >= CONCURRENCY) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await this.verify(pinHash, pin);
    } finally {
      // Hand the slot straight to the next in line, so `running` never dips while others wait.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
