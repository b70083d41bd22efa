import { randomInt, timingSafeEqual } from 'node:crypto';

/** Wrong codes before the code is replaced by a new one (printed again): five guesses in 10^8 per slip. */
export const SETUP_CODE_TRIES = 5;
const DIGITS = 8;

/** How an announcement went: the slip came out of the printer, or why not. */
export interface SetupCodeNotice {
  printed: boolean;
  detail: string;
}

/** "48213907" → "4821 3907", as printed and shown. */
export function formatSetupCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

function freshCode(): string {
  return String(randomInt(0, 10 ** DIGITS)).padStart(DIGITS, '0');
}

/** Digits only: the code may be typed with or without the space. */
function normalise(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/**
 * The one-time code that unlocks first-run setup: made when Loket starts without a supervisor and
 * announced (printed on the ticket printer, written to the log), so only someone with the printer's
 * paper or the PC's log can claim the office. Kept in memory only: a restart makes and prints a new one.
 * Checked synchronously, so a burst of guesses never gets more than SETUP_CODE_TRIES at one code.
 */
export class SetupCode {
  private code: string | null = null;
  private wrong = 0;

  /** `announce` logs the code and prints the slip; it must not throw (its failures are its notice). */
  constructor(private readonly announce: (code: string) => Promise<SetupCodeNotice>) {}

  /** Makes and announces a code if none is current (first start, or after setup was undone). */
  ensure(): void {
    if (this.code === null) this.renew();
  }

  /** Announces the current code again (the printer was off at start), making one if there is none. */
  announceAgain(): Promise<SetupCodeNotice> {
    if (this.code === null) this.code = freshCode();
    return this.announce(this.code);
  }

  /** Whether the typed code is the current one; the fifth wrong guess replaces it with a new one. */
  check(typed: string): boolean {
    if (this.code === null) return false;
    const given = Buffer.from(normalise(typed));
    const right = Buffer.from(this.code);
    if (given.length === right.length && timingSafeEqual(given, right)) return true;
    this.wrong += 1;
    if (this.wrong >= SETUP_CODE_TRIES) this.renew();
    return false;
  }

  /** Setup is done: the code is spent. */
  spend(): void {
    this.code = null;
    this.wrong = 0;
  }

  private renew(): void {
    this.code = freshCode();
    this.wrong = 0;
    void this.announce(this.code);
  }
}
