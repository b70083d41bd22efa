import { describe, expect, it } from 'vitest';
import { ACCOUNT_LOCK_MS, ACCOUNT_WINDOW_MS, attemptsLeft, lockedForMs, withAttempt } from '../../../src/main/auth/signinGuard';
import { SOURCE_LOCK_MS, SOURCE_WINDOW_MS, SourceGuard } from '../../../src/main/auth/sourceGuard';

const T0 = 1_800_000_000_000;

describe('SourceGuard', () => {
  it('lets two failures through, then asks for 5 s and 30 s, and locks at the fourth for 15 minutes', () => {
    const guard = new SourceGuard();
    guard.count('a', T0);
    expect(guard.waitFor('a', T0)).toEqual({ ms: 0, locked: false });
    guard.count('a', T0);
    expect(guard.waitFor('a', T0)).toEqual({ ms: 5_000, locked: false });
    guard.count('a', T0 + 5_000);
    expect(guard.waitFor('a', T0 + 5_000)).toEqual({ ms: 30_000, locked: false });
    guard.count('a', T0 + 35_000);
    expect(guard.waitFor('a', T0 + 35_000)).toEqual({ ms: SOURCE_LOCK_MS, locked: true });
    expect(guard.waitFor('b', T0 + 35_000)).toEqual({ ms: 0, locked: false });
    // After the lock the source starts afresh.
    expect(guard.waitFor('a', T0 + 35_000 + SOURCE_LOCK_MS)).toEqual({ ms: 0, locked: false });
    expect(guard.failures('a', T0 + 35_000 + SOURCE_LOCK_MS)).toBe(0);
  });

  it('forgets failures older than its window', () => {
    const guard = new SourceGuard();
    guard.count('a', T0);
    guard.count('a', T0);
    expect(guard.failures('a', T0 + SOURCE_WINDOW_MS - 1)).toBe(2);
    expect(guard.failures('a', T0 + SOURCE_WINDOW_MS)).toBe(0);
  });

  it('takes back an attempt whose PIN was right, and the lock it set', () => {
    const guard = new SourceGuard();
    for (let i = 0; i < 3; i++) guard.count('a', T0 + i);
    const right = guard.count('a', T0 + 3);
    expect(guard.waitFor('a', T0 + 3).locked).toBe(true);
    guard.takeBack(right);
    expect(guard.waitFor('a', T0 + 3).locked).toBe(false);
    expect(guard.failures('a', T0 + 3)).toBe(3);
  });
});

describe('the account guard', () => {
  it('locks at the fifth attempt in a window and starts afresh after the lock', () => {
    let guard = { failures: 0, windowStartedAt: null, lockedUntil: null } as ReturnType<typeof withAttempt>;
    for (let i = 1; i <= 4; i++) {
      guard = withAttempt(guard, T0 + i);
      expect(attemptsLeft(guard, T0 + i)).toBe(5 - i);
    }
    guard = withAttempt(guard, T0 + 5);
    expect(lockedForMs(guard, T0 + 5)).toBe(ACCOUNT_LOCK_MS);
    expect(attemptsLeft(guard, T0 + 5)).toBe(0);
    expect(withAttempt(guard, T0 + 5 + ACCOUNT_LOCK_MS)).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('starts a new window ten minutes after the first failure', () => {
    let guard = withAttempt({ failures: 0, windowStartedAt: null, lockedUntil: null }, T0);
    for (let i = 0; i < 3; i++) guard = withAttempt(guard, T0 + ACCOUNT_WINDOW_MS - 1);
    expect(guard.failures).toBe(4);
    guard = withAttempt(guard, T0 + ACCOUNT_WINDOW_MS);
    expect(guard).toEqual({ failures: 1, windowStartedAt: T0 + ACCOUNT_WINDOW_MS, lockedUntil: null });
  });
});
