import { availableParallelism } from 'node:os';
import { verifyPin } from './pinHash';

export type VerifyPin = (pinHash: string, pin: string) => Promise<boolean>;

/**
 * argon2 checks (19 MiB each) on all cores but one, and a short queue: one core always stays for ticket
 * issue and the screens, however many sign-ins arrive (on the usual 2-core office PC: one check at a time).
 */
export const PIN_CHECKS_AT_ONCE = Math.max(1, availableParallelism() - 1);
export const PIN_CHECK_QUEUE = 8;

/**
 * The office's argon2 PIN checks, a few at a time. Beyond the queue a request is refused up front
 * (`hasRoom`), so a flood of sign-ins can neither eat the CPU nor pile up memory.
 */
export class PinVerifier {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly verify: VerifyPin = verifyPin) {}

  hasRoom(): boolean {
    return this.running + this.waiting.length < PIN_CHECKS_AT_ONCE + PIN_CHECK_QUEUE;
  }

  /** Checks the PIN once a slot is free; call only after `hasRoom()` in the same tick. */
  async check(pinHash: string, pin: string): Promise<boolean> {
    if (this.running >= PIN_CHECKS_AT_ONCE) await new Promise<void>((resolve) => this.waiting.push(resolve));
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
