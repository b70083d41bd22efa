import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig, testConfigInput } from '../../helpers/testConfig';

/** Kupang (UTC+8) wall-clock time on a date of late 2026 as epoch ms. */
const kupang = (date: string, hhmm: string): number => Date.parse(`${date}T${hhmm}:00+08:00`);
const HOURS = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['08:00-15:00']]));

/**
 * office.overview's kiosk.checkInOpen: whether a booking could be checked in now, so the kiosk keeps
 * "Sudah punya booking?" open before the office opens (docs/booking.md: 30 minutes before a slot to 15
 * after, edges included) and closes it with the office otherwise.
 */
describe('whether the kiosk may take a booking check-in now', () => {
  const harnesses: OfficeHarness[] = [];
  afterEach(() => {
    for (const h of harnesses.splice(0)) h.close();
  });

  function office(bookingShare: number, closedDates: string[] = []): OfficeHarness {
    const base = testConfigInput();
    const services = (base.services as Record<string, unknown>[]).map((s) => (s.code === 'KTP' ? { ...s, bookingShare } : s));
    const h = new OfficeHarness(
      testConfig({ office: { id: 'test-office', name: 'Kantor Uji Loket', timeZone: 'Asia/Makassar', openingHours: HOURS, closedDates }, services }),
      kupang('2026-11-30', '07:00'),
    );
    harnesses.push(h);
    return h;
  }
  const openAt = (o: OfficeHarness, date: string, hhmm: string): boolean => {
    o.clock.set(kupang(date, hhmm));
    return o.call('office.overview', {}).kiosk.checkInOpen;
  };

  it('opens 30 minutes before the first slot and closes 15 minutes after the last', () => {
    const o = office(0.5);
    expect(openAt(o, '2026-11-30', '07:29')).toBe(false);
    expect(openAt(o, '2026-11-30', '07:30')).toBe(true);
    expect(o.call('office.overview', {}).services.every((s) => s.availability === 'closed')).toBe(true);
    expect(openAt(o, '2026-11-30', '11:00')).toBe(true);
    // The last slot starts at 14:30.
    expect(openAt(o, '2026-11-30', '14:45')).toBe(true);
    expect(openAt(o, '2026-11-30', '14:46')).toBe(false);
  });

  it('stays closed on a closed date, at the weekend, and in an office with no bookable service', () => {
    expect(openAt(office(0.5, ['2026-11-30']), '2026-11-30', '07:45')).toBe(false);
    expect(openAt(office(0.5), '2026-12-05', '09:00')).toBe(false);
    expect(openAt(office(0), '2026-11-30', '07:45')).toBe(false);
  });
});
