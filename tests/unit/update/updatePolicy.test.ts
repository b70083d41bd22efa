import { describe, expect, it } from 'vitest';
import {
  installRulesFromEnv,
  isInRollout,
  isNearOfficeHours,
  rolloutBucket,
  shouldInstall,
  type InstallContext,
} from '../../../src/main/update/updatePolicy';

const WEEKDAY = ['08:00-15:30'];
const office: InstallContext['office'] = {
  timeZone: 'Asia/Makassar',
  openingHours: { mon: WEEKDAY, tue: WEEKDAY, wed: WEEKDAY, thu: WEEKDAY, fri: ['08:00-11:30', '13:30-15:30'] },
  closedDates: ['2026-12-25'],
};

/** Kupang (UTC+8) local time on a given day of December 2026 (the 1st is a Tuesday). */
function kupang(day: number, hh: number, mm = 0): number {
  return Date.UTC(2026, 11, day, hh - 8, mm);
}

function ctx(over: Partial<InstallContext> = {}): InstallContext {
  const now = over.now ?? kupang(1, 22);
  return {
    now,
    office,
    lastActivityAt: now - 3 * 3600_000,
    activeTickets: 0,
    rolloutPercent: null,
    replicaId: 'replica-a',
    rules: { idleMinutes: 30, marginMinutes: 60 },
    ...over,
  };
}

describe('the staged rollout', () => {
  it('puts a kiosk in a stable bucket 0–99 by its replica id', () => {
    expect(rolloutBucket('replica-a')).toBe(rolloutBucket('replica-a'));
    const buckets = Array.from({ length: 2000 }, (_, i) => rolloutBucket(`replica-${i}`));
    expect(Math.min(...buckets)).toBe(0);
    expect(Math.max(...buckets)).toBe(99);
    // roughly uniform: a 25 % rollout reaches about a quarter of the kiosks
    const share = buckets.filter((b) => b < 25).length / buckets.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
  });

  it('reaches everyone without a percentage and at 100, nobody at 0, and grows monotonically', () => {
    expect(isInRollout('x', null)).toBe(true);
    expect(isInRollout('x', undefined)).toBe(true);
    expect(isInRollout('x', 100)).toBe(true);
    expect(isInRollout('x', 0)).toBe(false);
    const bucket = rolloutBucket('x');
    expect(isInRollout('x', bucket)).toBe(false);
    expect(isInRollout('x', bucket + 1)).toBe(true);
  });

  it('does not install outside the rollout', () => {
    const id = Array.from({ length: 100 }, (_, i) => `r${i}`).find((r) => rolloutBucket(r) >= 10) as string;
    expect(shouldInstall(ctx({ replicaId: id, rolloutPercent: 10 }))).toEqual({ install: false, reason: 'not_in_rollout' });
  });
});

describe('office hours with the margin', () => {
  it('counts an hour before opening and after closing as office hours', () => {
    expect(isNearOfficeHours(kupang(1, 6, 55), office, 60)).toBe(false);
    expect(isNearOfficeHours(kupang(1, 7, 5), office, 60)).toBe(true);
    expect(isNearOfficeHours(kupang(1, 12), office, 60)).toBe(true);
    expect(isNearOfficeHours(kupang(1, 16, 25), office, 60)).toBe(true);
    expect(isNearOfficeHours(kupang(1, 16, 35), office, 60)).toBe(false);
  });

  it('treats weekends and closed dates as outside office hours, in the office time zone', () => {
    expect(isNearOfficeHours(kupang(5, 10), office, 60)).toBe(false); // Saturday
    expect(isNearOfficeHours(kupang(25, 10), office, 60)).toBe(false); // closed date (a Friday)
    expect(isNearOfficeHours(kupang(24, 10), office, 60)).toBe(true);
  });
});

describe('shouldInstall', () => {
  it('installs at night when nobody is queued and the kiosk has been idle', () => {
    expect(shouldInstall(ctx())).toEqual({ install: true });
  });

  it('never installs while anyone is waiting or being served', () => {
    expect(shouldInstall(ctx({ activeTickets: 1 }))).toEqual({ install: false, reason: 'people_in_queue' });
  });

  it('waits during office hours, even when idle and empty', () => {
    expect(shouldInstall(ctx({ now: kupang(1, 10) }))).toEqual({ install: false, reason: 'office_hours' });
  });

  it('waits until the configured idle time has passed since the last touch or ticket event', () => {
    const now = kupang(1, 22);
    expect(shouldInstall(ctx({ now, lastActivityAt: now - 29 * 60_000 }))).toEqual({ install: false, reason: 'not_idle' });
    expect(shouldInstall(ctx({ now, lastActivityAt: now - 30 * 60_000 }))).toEqual({ install: true });
  });
});

describe('installRulesFromEnv', () => {
  it('reads the minutes and refuses nonsense', () => {
    expect(installRulesFromEnv({})).toEqual({ idleMinutes: 30, marginMinutes: 60 });
    expect(installRulesFromEnv({ LOKET_UPDATE_IDLE_MINUTES: '90', LOKET_UPDATE_MARGIN_MINUTES: '0' })).toEqual({ idleMinutes: 90, marginMinutes: 0 });
    expect(() => installRulesFromEnv({ LOKET_UPDATE_IDLE_MINUTES: 'soon' })).toThrow(/LOKET_UPDATE_IDLE_MINUTES/);
  });
});
