import { describe, expect, it } from 'vitest';
import { apiErrorFromBody } from '../../../src/renderer/src/api/apiError';
import { signInErrorMessage, staffErrorMessage } from '../../../src/renderer/src/components/staff/staffErrors';
import { answerErrorMessage, isAlreadyRated, lookupErrorMessage } from '../../../src/renderer/src/screens/rate/rateErrors';
import { reportErrorMessage } from '../../../src/renderer/src/screens/report/reportErrors';
import { fieldProblems } from '../../../src/renderer/src/screens/supervisor/settings/problems';
import { rangeProblems } from '../../../src/renderer/src/screens/supervisor/stats/rangeProblems';
import type { ApiErrorBody } from '../../../src/shared/api/errors';
import { officeConfigSchema } from '../../../src/shared/config/officeConfig';
import { issueText } from '../../../src/shared/i18n';
import { describeIssues, issuesOf } from '../../../src/shared/validation/describeIssues';

/** Screens word refusals from code, params and issues; the English message is only for the log. */
const refused = (body: ApiErrorBody) => apiErrorFromBody(body, 'refused');
const NO_WORDS = 'an English message no screen may read';

describe('sign-in refusals', () => {
  it('says how many attempts are left and how long the lock holds, from params only', () => {
    expect(signInErrorMessage('id', refused({ code: 'wrong_pin', message: NO_WORDS, params: { attemptsLeft: 3 } }))).toBe('PIN salah, sisa 3 percobaan.');
    expect(signInErrorMessage('id', refused({ code: 'wrong_pin', message: NO_WORDS, params: { attemptsLeft: 2, retryAfterSeconds: 5 } }))).toBe('PIN salah, sisa 2 percobaan. Tunggu 5 detik.');
    expect(signInErrorMessage('id', refused({ code: 'locked', message: NO_WORDS, params: { retryAfterSeconds: 14 * 60 + 1, attemptsLeft: 0 } }))).toBe(
      'Terlalu banyak PIN salah. Masuk dikunci 15 menit; tunggu lalu coba lagi.',
    );
    expect(signInErrorMessage('en', refused({ code: 'locked', message: NO_WORDS, params: { retryAfterSeconds: 5 } }))).toMatch(/5/);
    expect(signInErrorMessage('id', refused({ code: 'wrong_pin', message: NO_WORDS }))).toBe('PIN salah. Silakan coba lagi.');
  });

  it('names the PIN or name rule a staff form broke, from its issues', () => {
    const trivial = refused({ code: 'bad_request', message: NO_WORDS, problems: [NO_WORDS], issues: [{ field: 'pin', rule: 'pin_trivial' }] });
    expect(staffErrorMessage('id', trivial)).toMatch(/^PIN terlalu mudah ditebak/);
    const name = refused({ code: 'bad_request', message: NO_WORDS, issues: [{ field: 'name', rule: 'empty' }] });
    expect(staffErrorMessage('id', name)).toMatch(/^Nama harus diisi/);
  });
});

describe('settings problems in the supervisor\'s language', () => {
  it('shows an invalid time zone in Indonesian on the Indonesian screen, at its field', () => {
    const config = { office: { id: 'kantor-uji', name: 'Kantor', timeZone: 'Mars/Olympus', openingHours: {} }, services: [{ code: 'KTP', name: { id: 'KTP', en: 'ID' }, prefix: 'A' }], counters: [{ number: 1, name: 'Loket 1', services: ['KTP'] }] };
    const result = officeConfigSchema.safeParse(config);
    if (result.success) throw new Error('the time zone was accepted');
    const body: ApiErrorBody = {
      code: 'bad_request',
      message: 'Invalid input for "settings.update".',
      problems: describeIssues(result.error).map((p) => `config.${p}`),
      issues: issuesOf(result.error).map((i) => ({ ...i, field: `config.${i.field}` })),
    };
    expect(fieldProblems('id', refused(body))).toEqual([{ path: 'office.timeZone', message: 'Bukan zona waktu IANA (Kupang memakai "Asia/Makassar").', key: '0:config.office.timeZone' }]);
    expect(fieldProblems('en', refused(body))[0]?.message).toBe('Not an IANA time zone (Kupang is "Asia/Makassar").');
  });

  it('words a consequence to confirm from its rule and params', () => {
    const body: ApiErrorBody = {
      code: 'needs_confirmation',
      message: NO_WORDS,
      issues: [{ field: 'services.KK.dailyQuota', rule: 'quota_below_issued', params: { service: 'KK', quota: 1, issued: 2 } }],
    };
    const [consequence] = refused(body).issues;
    expect(consequence && issueText('id', consequence)).toMatch(/^Kuota KK menjadi 1, padahal hari ini sudah 2 nomor diambil/);
  });
});

describe('the survey and report refusals', () => {
  it('tells which wrong_state it is from its reason', () => {
    const state = (reason: string) => refused({ code: 'wrong_state', message: NO_WORDS, params: { reason } as never });
    expect(lookupErrorMessage(state('not_served'), 'A-017')).toEqual({ key: 'rate.error.notServed', params: { ticket: 'A-017' } });
    expect(lookupErrorMessage(state('other_day'), 'A-017')).toEqual({ key: 'rate.error.otherDay' });
    expect(answerErrorMessage(state('survey_done'))).toEqual({ key: 'rate.error.surveyDone' });
    expect(isAlreadyRated(state('already_rated'))).toBe(true);
    expect(isAlreadyRated(refused({ code: 'wrong_state', message: 'Ticket A-001 has already been rated.' }))).toBe(false);
  });

  it('words a refused period or range from its rules', () => {
    const period = (rule: 'in_future' | 'range_reversed' | 'not_date') => refused({ code: 'bad_request', message: NO_WORDS, issues: [{ field: 'period', rule }] });
    expect(reportErrorMessage('id', period('in_future'))).toMatch(/^Periode ini dimulai di masa depan/);
    expect(reportErrorMessage('id', period('range_reversed'))).toMatch(/^Tanggal akhir sebelum tanggal awal/);
    expect(reportErrorMessage('id', period('not_date'))).toBe('Tanggal tidak valid. Periksa periode.');
    const range = refused({ code: 'bad_request', message: NO_WORDS, issues: [{ field: 'to', rule: 'range_reversed' }, { field: 'from', rule: 'not_date' }] });
    expect(rangeProblems('id', range)).toEqual([
      'Tanggal akhir sebelum tanggal awal. Pilih tanggal akhir yang sama atau sesudahnya.',
      'Tanggal tidak valid (Harus tanggal berbentuk TTTT-BB-HH, misalnya 2026-08-17).',
    ]);
  });
});
