import { describe, expect, it } from 'vitest';
import { bookingFactsRequest, BOOKING_FACTS_LIMITS, type BookingFactsRequest } from '../../../src/shared/booking/bookingFacts';
import { describeIssues } from '../../../src/shared/validation/describeIssues';

const day = (over: Partial<BookingFactsRequest> = {}): BookingFactsRequest => ({
  officeId: 'kel-oebobo',
  day: '2026-11-30',
  booked: { tickets: 3, called: 1, waitMeanMinutes: 40, noShows: 1 },
  walkIn: { tickets: 2, called: 2, waitMeanMinutes: 20, noShows: 0 },
  notCheckedIn: 1,
  missed: 1,
  checkIns: [{ code: 'KTPA2345', serviceCode: 'KTP', slot: '08:30', checkedInAt: Date.UTC(2026, 10, 30, 0, 5), outcome: 'no_show' }],
  ...over,
});

const problems = (input: unknown): string[] => {
  const out = bookingFactsRequest.safeParse(input);
  return out.success ? [] : describeIssues(out.error);
};

describe('the booking facts an office sends the city', () => {
  it('takes a day as bookings.figures reads it, with its check-ins', () => {
    expect(problems(day())).toEqual([]);
    expect(problems(day({ booked: { tickets: 0, called: 0, waitMeanMinutes: null, noShows: 0 }, checkIns: [], notCheckedIn: 0, missed: 0 }))).toEqual([]);
  });

  it('names the field of each impossible value', () => {
    expect(problems(day({ booked: { tickets: 1, called: 2, waitMeanMinutes: 3, noShows: 0 } }))).toEqual(['booked.called: called must not exceed tickets']);
    expect(problems(day({ walkIn: { tickets: 2, called: 1, waitMeanMinutes: 3, noShows: 2 } }))).toEqual(['walkIn.noShows: noShows must not exceed called']);
    expect(problems(day({ walkIn: { tickets: 2, called: 0, waitMeanMinutes: 3, noShows: 0 } }))).toEqual(['walkIn.waitMeanMinutes: must be null exactly when no ticket was called']);
    expect(problems(day({ notCheckedIn: 0, missed: 1 }))).toEqual(['missed: missed must not exceed notCheckedIn']);
    expect(problems(day({ day: '30-11-2026' }))).toEqual(['day: must be a date YYYY-MM-DD']);
    const twice = day().checkIns[0]!;
    expect(problems(day({ checkIns: [twice, twice] }))).toEqual(['checkIns: a booking code appears twice']);
    expect(problems(day({ checkIns: [{ ...twice, code: 'K7QM-3ZPA' }] }))).toEqual(['checkIns[0].code: must be a booking code of 8 characters']);
    expect(problems(day({ checkIns: [{ ...twice, slot: '8:30' }] }))).toEqual(['checkIns[0].slot: must be a time HH:MM']);
    expect(problems({ ...day(), officeName: 'x' })).toHaveLength(1);
  });

  it('holds no more check-ins than the city takes bookings of an office in a day', () => {
    const many = Array.from({ length: BOOKING_FACTS_LIMITS.maxCheckIns + 1 }, (_, i) => ({ ...day().checkIns[0]!, code: `AAAA${String(i).padStart(4, '2').replace(/[01]/g, '9')}` }));
    expect(problems(day({ checkIns: many })).some((p) => p.startsWith('checkIns: Too big'))).toBe(true);
    // A full day still fits under the body limit.
    expect(JSON.stringify(day({ checkIns: many.slice(1) })).length).toBeLessThan(BOOKING_FACTS_LIMITS.maxBodyBytes);
  });
});
