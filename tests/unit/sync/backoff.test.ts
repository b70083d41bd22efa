import { describe, expect, it } from 'vitest';
import { fullJitterDelay, parseRetryAfter, retryDelay } from '../../../src/main/sync/backoff';

const OPTS = { baseMs: 1000, capMs: 60_000 };

describe('full-jitter backoff', () => {
  it('stays within [0, min(cap, base·2^attempt))', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const ceiling = Math.min(60_000, 1000 * 2 ** attempt);
      expect(fullJitterDelay(attempt, OPTS, () => 0)).toBe(0);
      expect(fullJitterDelay(attempt, OPTS, () => 0.999999)).toBe(Math.floor(0.999999 * ceiling));
      expect(fullJitterDelay(attempt, OPTS, () => 0.5)).toBeLessThan(ceiling);
    }
    expect(fullJitterDelay(1000, OPTS, () => 0.999999)).toBeLessThan(60_000);
  });

  it('never retries sooner than Retry-After, and keeps the jitter when it is longer', () => {
    expect(retryDelay(0, 30_000, OPTS, () => 0.5)).toBe(30_000);
    expect(retryDelay(10, 1000, OPTS, () => 0.5)).toBe(30_000);
    expect(retryDelay(2, null, OPTS, () => 0.25)).toBe(1000);
  });
});

describe('Retry-After', () => {
  const now = Date.UTC(2026, 10, 30, 1, 0, 0);
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
    expect(parseRetryAfter(new Date(now - 90_000).toUTCString(), now)).toBe(0);
  });
  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});
