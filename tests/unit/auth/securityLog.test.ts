import { describe, expect, it, vi } from 'vitest';
import { SecurityLog } from '../../../src/main/auth/securityLog';

describe('the security log', () => {
  it('folds a flood from one source into one entry with its count, newest first', () => {
    let now = 1_000_000;
    const log = new SecurityLog(() => now);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (let i = 0; i < 500; i++) {
      log.record('origin_refused', '10.0.0.9', `Origin http://evil.example #${i}`);
      now += 100;
    }
    log.record('signin_refused', '10.0.0.7', 'wrong PIN');
    const { events, dropped } = log.recent();
    expect(events.map((e) => [e.kind, e.source, e.count])).toEqual([
      ['signin_refused', '10.0.0.7', 1],
      ['origin_refused', '10.0.0.9', 500],
    ]);
    expect(events[1]?.detail).toBe('Origin http://evil.example #499');
    expect(dropped).toBe(0);
    // one log line per entry, not per refused request
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('starts a new entry after a quiet spell, and keeps only the last 200 entries', () => {
    let now = 0;
    const log = new SecurityLog(() => now);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    log.record('pairing_refused', '10.0.0.5', 'too many codes');
    now += 11_000;
    log.record('pairing_refused', '10.0.0.5', 'too many codes');
    expect(log.recent().events.map((e) => e.count)).toEqual([1, 1]);
    for (let i = 0; i < 250; i++) log.record('connection_refused', `10.1.0.${i}`, 'too many connections');
    const { events, dropped } = log.recent();
    expect(events).toHaveLength(200);
    expect(dropped).toBe(52);
    expect(events[0]?.source).toBe('10.1.0.249');
    warn.mockRestore();
  });
});
