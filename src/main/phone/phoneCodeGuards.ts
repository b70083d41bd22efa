import { LoketError } from '../../shared/api/errors';
import type { SecurityLog } from '../auth/securityLog';

/** How many unknown phone codes one address may try, and over what time, before it must wait. */
export interface GuessLimit {
  misses: number;
  windowMs: number;
}

/**
 * A phone only ever opens the code printed on its ticket, so unknown codes come from typos (rare: the QR
 * code carries it) or from guessing. 65 random bits make guessing hopeless anyway; the limit keeps a
 * guesser from costing the office anything, and the Sistem tab shows who tried.
 */
export const PHONE_GUESS_LIMIT: GuessLimit = { misses: 10, windowMs: 10 * 60_000 };
/** Sources remembered at most (a flood from many addresses must not grow the map without end). */
const MAX_SOURCES = 10_000;

export class PhoneCodeGuards {
  private readonly misses = new Map<string, number[]>();

  constructor(
    private readonly security: Pick<SecurityLog, 'record'>,
    private readonly now: () => number = Date.now,
    private readonly limit: GuessLimit = PHONE_GUESS_LIMIT,
  ) {}

  /** Refuses (locked, with the wait) a source that has tried too many unknown codes lately. */
  check(source: string): void {
    const recent = this.recent(source);
    if (recent.length < this.limit.misses) return;
    const retryAfterSeconds = Math.max(1, Math.ceil(((recent[0] as number) + this.limit.windowMs - this.now()) / 1000));
    this.security.record('phone_code_refused', source, `phone codes refused for ${retryAfterSeconds} s more: ${recent.length} unknown codes within ${this.limit.windowMs / 60_000} min`);
    throw new LoketError('locked', `Too many unknown ticket codes from this address; try again in ${retryAfterSeconds} s.`, undefined, { retryAfterSeconds });
  }

  /** Counts an unknown code against its source, and tells the supervisor. */
  miss(source: string, what: string): void {
    const recent = this.recent(source);
    recent.push(this.now());
    if (!this.misses.has(source)) {
      if (this.misses.size >= MAX_SOURCES) this.prune();
      this.misses.set(source, recent);
    }
    this.security.record('phone_code_refused', source, `unknown ticket phone code ${what} (${recent.length} within ${this.limit.windowMs / 60_000} min)`);
  }

  private recent(source: string): number[] {
    const since = this.now() - this.limit.windowMs;
    const list = (this.misses.get(source) ?? []).filter((t) => t > since);
    if (this.misses.has(source)) {
      if (list.length === 0) this.misses.delete(source);
      else this.misses.set(source, list);
    }
    return list;
  }

  /** Forgets sources whose misses have all aged out, then the oldest ones if still full. */
  private prune(): void {
    for (const source of [...this.misses.keys()]) this.recent(source);
    for (const source of this.misses.keys()) {
      if (this.misses.size < MAX_SOURCES) break;
      this.misses.delete(source);
    }
  }
}
