import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONG_PRESS_MS, createLongPress } from '../../../src/renderer/src/components/appWindow/longPress';

describe('createLongPress (the kiosk-exit long press on the office name)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once the press is held for 3 s', () => {
    const fired = vi.fn();
    const press = createLongPress(fired);
    press.press();
    vi.advanceTimersByTime(LONG_PRESS_MS - 1);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * LONG_PRESS_MS);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('does not fire when released, moved away or cancelled before 3 s', () => {
    const fired = vi.fn();
    const press = createLongPress(fired);
    press.press();
    vi.advanceTimersByTime(2_900);
    press.release();
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(fired).not.toHaveBeenCalled();
  });

  it('counts a new press from its own start, not from an earlier one', () => {
    const fired = vi.fn();
    const press = createLongPress(fired);
    press.press();
    vi.advanceTimersByTime(2_000);
    press.release();
    press.press();
    vi.advanceTimersByTime(2_000);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('restarts the wait when pressed again without a release (a second finger)', () => {
    const fired = vi.fn();
    const press = createLongPress(fired, 100);
    press.press();
    vi.advanceTimersByTime(60);
    press.press();
    vi.advanceTimersByTime(60);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('ignores a release after it fired', () => {
    const fired = vi.fn();
    const press = createLongPress(fired, 100);
    press.press();
    vi.advanceTimersByTime(100);
    press.release();
    expect(fired).toHaveBeenCalledTimes(1);
  });
});
