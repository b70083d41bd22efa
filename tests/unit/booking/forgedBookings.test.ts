import { describe, expect, it } from 'vitest';
import { bookingRefused } from '../../../src/main/booking/admitBooking';
import { ForgedBookings, prefixOf } from '../../../src/main/booking/forgedBookings';
import { SecurityLog } from '../../../src/main/auth/securityLog';
import { LoketError } from '../../../src/shared/api/errors';

const FORGED = 'LB1.kel-oebobo.KTP.2026-11-30.09:00.K7QM3ZPA.' + 'A'.repeat(86);
const LAN = { source: '10.0.0.7', deviceLabel: 'Kios lobi' };

function guard(start = 1_000_000) {
  let now = start;
  const security = new SecurityLog(() => now);
  const forged = new ForgedBookings(security, () => now);
  return { forged, security, advance: (ms: number) => (now += ms) };
}

/** What the kiosk's check-in does with one refused code from a source: the wait first, then the refusal. */
function show(forged: ForgedBookings, from: typeof LAN, reason: Parameters<typeof bookingRefused>[0]): 'refused' | 'locked' {
  try {
    forged.check(from);
  } catch (err) {
    expect(err).toMatchObject({ code: 'locked' });
    return 'locked';
  }
  forged.refused(from, FORGED, bookingRefused(reason));
  return 'refused';
}

describe('forged booking codes at the kiosk', () => {
  it('logs a forged code with the device and a short prefix of the code, never its signature', () => {
    const { forged, security } = guard();
    show(forged, LAN, 'bad_signature');
    const [entry] = security.recent().events;
    expect(entry).toMatchObject({ kind: 'booking_code_refused', source: '10.0.0.7', count: 1 });
    expect(entry!.detail).toBe('"Kios lobi": forged booking code, not signed by the city: "LB1.kel-oebobo.KTP.2…" (131 characters)');
    expect(entry!.detail).not.toContain('K7QM3ZPA');
    expect(entry!.detail).not.toContain('AAAA');
  });

  it('logs a code signed for another office without counting it against the source', () => {
    const { forged, security } = guard();
    for (let i = 0; i < 6; i++) expect(show(forged, LAN, 'other_office')).toBe('refused');
    expect(security.recent().events).toMatchObject([{ kind: 'booking_code_refused', count: 6 }]);
    expect(security.recent().events[0]!.detail).toContain('booking signed for another office');
  });

  it("does not log a visitor's mistakes: used, cancelled, late, early, another day, unreadable, not listed", () => {
    const { forged, security } = guard();
    for (const reason of ['already_used', 'cancelled', 'too_late', 'too_early', 'wrong_day', 'malformed', 'not_listed', 'no_city_key'] as const) {
      for (let i = 0; i < 5; i++) expect(show(forged, LAN, reason)).toBe('refused');
    }
    expect(security.recent().events).toEqual([]);
    // Nor an error that is not a booking refusal at all (a full disk, a closed service).
    forged.refused(LAN, FORGED, new LoketError('service_closed', 'closed'));
    forged.refused(LAN, FORGED, new Error('bug'));
    expect(security.recent().events).toEqual([]);
  });

  it('lets three forged codes through, then makes the source wait 30 s, 1, 2 and 5 minutes; other sources are not slowed', () => {
    const { forged, security, advance } = guard();
    expect([1, 2, 3].map(() => show(forged, LAN, 'bad_signature'))).toEqual(['refused', 'refused', 'refused']);
    expect(() => forged.check(LAN)).toThrow(expect.objectContaining({ code: 'locked', params: { retryAfterSeconds: 30 } }));
    expect(() => forged.check({ source: 'ipc:kiosk' })).not.toThrow();
    expect(security.recent().events[0]).toMatchObject({ source: '10.0.0.7', detail: '"Kios lobi": check-in refused for 30 s more: 3 forged booking codes within 15 min' });

    advance(29_000);
    expect(show(forged, LAN, 'bad_signature')).toBe('locked');
    advance(1_000);
    expect(show(forged, LAN, 'bad_signature')).toBe('refused');
    expect(() => forged.check(LAN)).toThrow(expect.objectContaining({ params: { retryAfterSeconds: 60 } }));
    advance(60_000);
    expect(show(forged, LAN, 'bad_signature')).toBe('refused');
    expect(() => forged.check(LAN)).toThrow(expect.objectContaining({ params: { retryAfterSeconds: 120 } }));
    advance(120_000);
    expect(show(forged, LAN, 'bad_signature')).toBe('refused');
    expect(() => forged.check(LAN)).toThrow(expect.objectContaining({ params: { retryAfterSeconds: 300 } }));
    // A genuine booking from that kiosk waits too, no longer than the wait; forged codes age out after 15 minutes.
    advance(300_000);
    expect(() => forged.check(LAN)).not.toThrow();
    advance(15 * 60_000);
    expect([1, 2, 3].map(() => show(forged, LAN, 'bad_signature'))).toEqual(['refused', 'refused', 'refused']);
  });

  it('keeps only a short, printable prefix of whatever was shown', () => {
    expect(prefixOf('LB1.x')).toBe('"LB1.x" (5 characters)');
    expect(prefixOf('LB1.\u001b[31m"evil"\nline two and more')).toBe('"LB1.?[31m?evil??line…" (33 characters)');
  });
});
