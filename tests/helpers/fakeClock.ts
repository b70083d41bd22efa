import type { Clock } from '../../src/main/core/clock';

/** A clock tests can move forward (or back, to imitate a reset RTC). */
export class FakeClock implements Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  advance(minutes: number): void {
    this.ms += minutes * 60_000;
  }
  set(ms: number): void {
    this.ms = ms;
  }
}

/** 2026-11-30 09:00 in Kupang (UTC+8), a Monday. */
export const MONDAY_9AM_KUPANG = Date.UTC(2026, 10, 30, 1, 0, 0);
