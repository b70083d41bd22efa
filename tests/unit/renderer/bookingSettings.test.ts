import { describe, expect, it } from 'vitest';
import { apiErrorFromBody } from '../../../src/renderer/src/api/apiError';
import { inPercent, percentOf, shareOf, windowExample } from '../../../src/renderer/src/screens/supervisor/settings/bookingSettings';
import { fieldProblems } from '../../../src/renderer/src/screens/supervisor/settings/problems';
import type { ApiErrorBody } from '../../../src/shared/api/errors';
import { officeConfigSchema } from '../../../src/shared/config/officeConfig';
import { describeIssues, issuesOf } from '../../../src/shared/validation/describeIssues';

/** Pengaturan › Booking dari rumah: the share typed in percent, judged by the office's own config schema. */
const config = (booking: Record<string, unknown>, bookingShare: unknown) => ({
  office: { id: 'kantor-uji', name: 'Kantor', timeZone: 'Asia/Makassar', openingHours: {} },
  booking,
  services: [{ code: 'KTP', name: { id: 'KTP', en: 'ID' }, prefix: 'A', bookingShare }],
  counters: [{ number: 1, name: 'Loket 1', services: ['KTP'] }],
});

/** What settings.update answers for a configuration its schema refuses (as the dispatcher words it). */
function refusal(input: unknown) {
  const result = officeConfigSchema.safeParse(input);
  if (result.success) throw new Error('the configuration was accepted');
  const body: ApiErrorBody = {
    code: 'bad_request',
    message: 'Invalid input for "settings.update".',
    problems: describeIssues(result.error).map((p) => `config.${p}`),
    issues: issuesOf(result.error).map((i) => ({ ...i, field: `config.${i.field}` })),
  };
  return apiErrorFromBody(body, 'refused');
}

describe('the booking share in percent', () => {
  it('shows the fraction as a percentage without float noise, and sends the typed percentage back as the fraction', () => {
    expect([0, 0.07, 0.35, 0.375, 1].map(percentOf)).toEqual([0, 7, 35, 37.5, 100]);
    expect([0, 7, 35, 37.5, 100].map((p) => percentOf(shareOf(p)))).toEqual([0, 7, 35, 37.5, 100]);
    expect(shareOf(undefined)).toBeNaN();
  });

  it("names a share above 100 % or below 0 at its field, with the schema's own bounds said in percent", () => {
    expect(fieldProblems('id', refusal(config({}, 1.5)))).toEqual([{ path: 'services[0].bookingShare', message: 'Paling besar 100 %.', key: '0:config.services[0].bookingShare' }]);
    expect(fieldProblems('en', refusal(config({}, -0.1)))[0]).toMatchObject({ path: 'services[0].bookingShare', message: expect.stringContaining('0 %') });
    // An empty box is sent as null: the office asks for a number.
    expect(fieldProblems('id', refusal(config({}, null)))[0]?.path).toBe('services[0].bookingShare');
  });

  it('leaves every other field and rule as the schema says it', () => {
    const [before, after] = fieldProblems('id', refusal(config({ checkInBeforeMinutes: -5, checkInAfterMinutes: 200 }, 0.5)));
    expect(before).toMatchObject({ path: 'booking.checkInBeforeMinutes', message: 'Paling kecil 0.' });
    expect(after).toMatchObject({ path: 'booking.checkInAfterMinutes', message: 'Paling besar 180.' });
    const other = { field: 'config.services[0].dailyQuota', rule: 'too_big' as const, params: { maximum: 9999 } };
    expect(inPercent(other)).toBe(other);
  });
});

describe('the check-in window example', () => {
  it('says when a 09:00 booking may check in, as the kiosk says a time', () => {
    expect(windowExample('id', 30, 15)).toEqual({ slot: '09.00', opensAt: '08.30', closesAt: '09.15' });
    expect(windowExample('en', 0, 90)).toEqual({ slot: '09:00', opensAt: '09:00', closesAt: '10:30' });
    expect(windowExample('id', 180, 180)).toEqual({ slot: '09.00', opensAt: '06.00', closesAt: '12.00' });
  });

  it('shows no example while a value is empty, negative or not whole', () => {
    expect(windowExample('id', Number.NaN, 15)).toBeNull();
    expect(windowExample('id', -5, 15)).toBeNull();
    expect(windowExample('id', 30, 7.5)).toBeNull();
  });
});
