/**
 * Tells a keyboard-emulating QR or barcode scanner from a person by timing: a scanner "types" a whole
 * code at a few ms per key and ends it with Enter; people take well over 100 ms a key. A code is the
 * keys since the last pause, taken at Enter when they came at most `maxAverageGapMs` apart on average,
 * so one late key (a busy kiosk PC) does not split a scan, and no person's typing adds up to one.
 */
export const SCANNER_MAX_AVERAGE_GAP_MS = 50;
/** A pause this long ends whatever came before it. */
export const SCANNER_PAUSE_MS = 300;

export class ScannerBurst {
  private buffer = '';
  private lastAt = Number.NEGATIVE_INFINITY;
  private firstCharAt = 0;
  private lastCharAt = 0;

  constructor(
    /** Fewer characters than this before Enter are not a code (a stray Enter, a person's two quick keys). */
    private readonly minLength: number,
    private readonly maxAverageGapMs = SCANNER_MAX_AVERAGE_GAP_MS,
  ) {}

  /** One key (KeyboardEvent.key) pressed at `at` ms: the scanned code when this Enter ends one, else null. */
  key(key: string, at: number): string | null {
    if (at - this.lastAt > SCANNER_PAUSE_MS) this.buffer = '';
    this.lastAt = at;
    if (key === 'Enter') {
      const code = this.buffer;
      this.buffer = '';
      const fast = (this.lastCharAt - this.firstCharAt) / Math.max(1, code.length - 1) <= this.maxAverageGapMs;
      return code.length >= this.minLength && fast ? code : null;
    }
    // Printable characters only: Shift and the like are part of the burst's timing, not of the code.
    if (key.length === 1) {
      if (this.buffer === '') this.firstCharAt = at;
      this.lastCharAt = at;
      this.buffer += key;
    }
    return null;
  }
}
