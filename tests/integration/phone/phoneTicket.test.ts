import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import type { OfficeServices } from '../../../src/main/office';
import { PHONE_GUESS_LIMIT } from '../../../src/main/phone/phoneCodeGuards';
import type { PhoneTicketView } from '../../../src/shared/api/methods/phone';
import { PHONE_CODE_ALPHABET, PHONE_CODE_LENGTH } from '../../../src/shared/domain/phoneCode';
import { OfficeHarness } from '../../helpers/officeHarness';

/** A phone on the office Wi-Fi: no credential, its own address. */
const PHONE: Caller = { role: null, via: 'lan', local: false, source: '10.0.0.31' };
const OTHER_PHONE: Caller = { role: null, via: 'lan', local: false, source: '10.0.0.32' };
const ANSWERS = { U1: 3, U2: 4, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 } as const;

let h: OfficeHarness;
const services = (): OfficeServices => h as unknown as OfficeServices;
const codeOf = (ticketId: string): string => h.core.phoneCodeOf(ticketId) as string;
const view = (code: string, caller: Caller = PHONE): PhoneTicketView => h.call('phone.ticket', { code }, caller);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  h = new OfficeHarness();
});
afterEach(() => {
  h.close();
  vi.restoreAllMocks();
});

function serve(counter: number, ticketId: string): void {
  h.call('counters.callTicket', { counter, ticketId, reason: 'test' });
  h.call('tickets.start', { counter, ticketId });
  h.call('tickets.finish', { counter, ticketId });
}

describe('phone codes', () => {
  it('gives every ticket its own code of 13 base32 characters, kept with the ticket', () => {
    const codes = Array.from({ length: 50 }, () => codeOf(h.issue('KTP').id));
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${PHONE_CODE_ALPHABET}]{${PHONE_CODE_LENGTH}}$`));
    expect(new Set(codes).size).toBe(50);
    h.reopen();
    const t = h.issue('KK');
    expect(h.core.ticketByPhoneCode(codeOf(t.id))?.id).toBe(t.id);
  });

  it('shows the ticket, the people ahead and the wait, and only that ticket', () => {
    h.openCounters(1);
    const first = h.issue('KTP');
    const mine = h.issue('KTP');
    h.issue('KK');
    const shown = view(codeOf(mine.id));
    expect(shown).toEqual({
      officeName: 'Kantor Uji Loket',
      label: 'A-002',
      serviceName: { id: 'KTP-el', en: 'ID card' },
      transferredFrom: null,
      state: 'waiting',
      aheadCount: 1,
      estimatedWaitMinutes: 5,
      counterNumber: null,
      counterName: null,
      recallCount: 0,
      rating: { open: false, quickDone: false, surveyDone: false },
    });
    expect(JSON.stringify(shown)).not.toContain(first.id);
    expect(JSON.stringify(shown)).not.toContain(mine.id);
    // A typed code with dashes, lower case and the usual misreadings opens the same ticket.
    const typed = codeOf(mine.id).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(view(`${typed.slice(0, 4)}-${typed.slice(4)}`).label).toBe('A-002');
  });

  it('follows the ticket through call, recall, transfer, service and finish', () => {
    h.openCounters(1, 3);
    const first = h.issue('KTP');
    const mine = h.issue('KTP');
    const code = codeOf(mine.id);
    h.call('counters.callNext', { counter: 1 });
    expect(view(code)).toMatchObject({ state: 'waiting', aheadCount: 0, estimatedWaitMinutes: 0 });
    h.call('tickets.start', { counter: 1, ticketId: first.id });
    h.call('tickets.finish', { counter: 1, ticketId: first.id });
    h.call('counters.callNext', { counter: 1 });
    expect(view(code)).toMatchObject({ state: 'called', counterNumber: 1, counterName: 'Loket 1', recallCount: 0, aheadCount: null });
    h.call('counters.recall', { counter: 1, ticketId: mine.id });
    expect(view(code)).toMatchObject({ state: 'called', recallCount: 1 });
    h.call('tickets.transfer', { counter: 1, ticketId: mine.id, toService: 'KK' });
    expect(view(code)).toMatchObject({ state: 'waiting', serviceName: { id: 'Kartu Keluarga', en: 'Family card' }, transferredFrom: { id: 'KTP-el', en: 'ID card' } });
    h.call('counters.callNext', { counter: 3 });
    h.call('tickets.start', { counter: 3, ticketId: mine.id });
    expect(view(code)).toMatchObject({ state: 'serving', counterName: 'Loket 3', rating: { open: false } });
    h.call('tickets.finish', { counter: 3, ticketId: mine.id });
    expect(view(code)).toMatchObject({ state: 'done', counterNumber: null, rating: { open: true, quickDone: false, surveyDone: false } });
  });

  it('refuses an unknown code, counts it against its address on the security log, and stops a guesser', () => {
    h.issue('KTP');
    const wrong = '7K3MQ9XA2BWRT';
    expect(h.fail('phone.ticket', { code: wrong }, PHONE).error.code).toBe('not_found');
    expect(h.security.recent().events[0]).toMatchObject({ kind: 'phone_code_refused', source: '10.0.0.31' });
    for (let i = 1; i < PHONE_GUESS_LIMIT.misses; i++) h.fail('phone.ticket', { code: wrong }, PHONE);
    // Even the right code is refused now from that address, so the limit tells a guesser nothing.
    const mine = h.issue('KTP');
    const locked = h.fail('phone.ticket', { code: codeOf(mine.id) }, PHONE);
    expect(locked.status).toBe(429);
    expect(locked.error).toMatchObject({ code: 'locked', params: { retryAfterSeconds: 600 } });
    expect(h.security.recent().events[0]?.detail).toContain('10 unknown codes within 10 min');
    // Another phone is not held up, and the wait ends.
    expect(view(codeOf(mine.id), OTHER_PHONE).label).toBe('A-002');
    h.clock.advance(PHONE_GUESS_LIMIT.windowMs / 60_000);
    expect(view(codeOf(mine.id)).label).toBe('A-002');
  });

  it("refuses a code once its service day has closed, and a closed day's ticket cannot be rated", () => {
    h.openCounters(1);
    const t = h.issue('KTP');
    serve(1, t.id);
    const code = codeOf(t.id);
    h.clock.advance(24 * 60);
    const refused = h.fail('phone.ticket', { code }, PHONE);
    expect(refused.error).toMatchObject({ code: 'wrong_state', params: { reason: 'other_day' } });
    expect(h.fail('phone.rateQuick', { code, face: 'happy' }, PHONE).error).toMatchObject({ code: 'wrong_state', params: { reason: 'other_day' } });
    // An expired code is not a guess: the address is not held up for it.
    expect(h.security.recent().events.filter((e) => e.kind === 'phone_code_refused')).toEqual([]);
  });
});

describe('rating on the phone', () => {
  it('takes one rating and one survey per served ticket, counted in the IKM like the tablet, with its channel', () => {
    h.openCounters(1);
    const t = h.issue('KTP');
    const code = codeOf(t.id);
    expect(h.fail('phone.rateQuick', { code, face: 'happy' }, PHONE).error).toMatchObject({ code: 'wrong_state', params: { reason: 'not_served' } });
    serve(1, t.id);
    h.call('phone.rateQuick', { code, face: 'very-happy' }, PHONE);
    expect(h.fail('phone.rateQuick', { code, face: 'unhappy' }, PHONE).error).toMatchObject({ code: 'wrong_state', params: { reason: 'already_rated' } });
    expect(view(code).rating).toEqual({ open: true, quickDone: true, surveyDone: false });
    h.call('phone.rateSurvey', { code, answers: ANSWERS, profile: { gender: 'P' } }, PHONE);
    expect(h.fail('phone.rateSurvey', { code, answers: ANSWERS }, PHONE).error).toMatchObject({ code: 'wrong_state', params: { reason: 'survey_done' } });
    expect(view(code).rating).toEqual({ open: false, quickDone: true, surveyDone: true });
    // Anonymous: the phone's Wi-Fi address is kept with neither answer.
    const sources = h.store.db.prepare("SELECT source FROM quick_ratings WHERE channel = 'phone' UNION ALL SELECT source FROM surveys WHERE channel = 'phone'").all();
    expect(sources).toEqual([{ source: 'phone' }, { source: 'phone' }]);
    expect(JSON.stringify(h.store.db.prepare('SELECT * FROM quick_ratings').all())).not.toContain('10.0.0.31');
    expect(JSON.stringify(h.store.db.prepare('SELECT * FROM surveys').all())).not.toContain('10.0.0.31');
    // The tablet cannot rate the same visit again either.
    const kiosk: Caller = { role: 'kiosk', via: 'test' };
    expect(h.fail('ratings.quick', { face: 'happy', ticketRef: code }, kiosk).error).toMatchObject({ params: { reason: 'already_rated' } });

    // A tablet survey of another visit, for the channel split.
    const other = h.issue('KTP');
    serve(1, other.id);
    h.call('ratings.survey', { answers: { ...ANSWERS, U1: 1 }, ticketRef: `LOKET:${other.id}` }, kiosk);

    const report = h.call('ratings.report', { period: { kind: 'month', date: '2026-11-30' } });
    expect(report.overall?.respondents).toBe(2);
    expect(report.quick.responses).toBe(1);
    expect(report.byChannel).toEqual([
      { channel: 'tablet', quick: 0, survey: 1 },
      { channel: 'phone', quick: 1, survey: 1 },
    ]);
    expect(report.byCounter).toEqual([expect.objectContaining({ counterNumber: 1, result: expect.objectContaining({ respondents: 2 }) })]);
    // Settled into the daily counters the city receives, like any survey.
    h.clock.advance(30);
    services().ratings.settle();
    expect(h.store.db.prepare("SELECT value FROM daily_counters WHERE metric = 'skm.respondents.KTP'").get()).toEqual({ value: 2 });
  });

  it('refuses a partial survey and any personal field', () => {
    h.openCounters(1);
    const t = h.issue('KTP');
    serve(1, t.id);
    const code = codeOf(t.id);
    expect(h.fail('phone.rateSurvey', { code, answers: { U1: 3 } }, PHONE).error.code).toBe('bad_request');
    expect(h.fail('phone.rateSurvey', { code, answers: ANSWERS, profile: { name: 'Budi' } }, PHONE).error.code).toBe('bad_request');
    expect(h.fail('phone.rateSurvey', { code, answers: ANSWERS, phone: '0812' }, PHONE).error.code).toBe('bad_request');
    expect(view(code).rating.surveyDone).toBe(false);
  });
});

describe('the live channel', () => {
  it('sends each open page its view at once, then only when it changed, with one read for all pages', async () => {
    h.openCounters(1, 3);
    const tickets = Array.from({ length: 5 }, () => h.issue('KTP'));
    const received = new Map<string, (PhoneTicketView | null)[]>();
    for (const t of tickets) {
      const list: (PhoneTicketView | null)[] = [];
      received.set(t.id, list);
      services().phoneLive.watch(t.id, (v) => list.push(v));
    }
    expect(services().phoneLive.open).toBe(5);
    expect(received.get(tickets[4]!.id)?.[0]?.aheadCount).toBe(4);
    const progress = vi.spyOn(h.core, 'ticketProgress');
    h.call('counters.callNext', { counter: 1 });
    await vi.waitFor(() => expect(received.get(tickets[4]!.id)?.at(-1)?.aheadCount).toBe(3));
    expect(received.get(tickets[0]!.id)?.at(-1)).toMatchObject({ state: 'called', counterName: 'Loket 1' });
    // ticket.called, queue.changed and counter.changed of one call: one refresh.
    expect(progress).toHaveBeenCalledTimes(1);
    // A counter event that changes no ticket's view sends nothing.
    const before = received.get(tickets[4]!.id)?.length;
    h.call('counters.pause', { counter: 3, reason: 'istirahat' });
    await vi.waitFor(() => expect(progress).toHaveBeenCalledTimes(2));
    expect(received.get(tickets[4]!.id)?.length).toBe(before);
  });

  it('tells a page left open that its service day has closed, and lets it go', async () => {
    h.openCounters(1);
    const t = h.issue('KTP');
    const code = codeOf(t.id);
    const received: (PhoneTicketView | null)[] = [];
    services().phoneLive.watch(t.id, (v) => received.push(v));
    expect(received).toEqual([expect.objectContaining({ state: 'waiting' })]);
    // Midnight in an idle office: no queue event, only the live channel's day check.
    h.clock.advance(24 * 60);
    services().phoneLive.changed();
    await vi.waitFor(() => expect(received).toHaveLength(2));
    // null is "event: closed" on the wire (src/main/lan/phoneRoutes.ts): the page asks once more and is told why.
    expect(received[1]).toBeNull();
    expect(services().phoneLive.open).toBe(0);
    expect(h.fail('phone.ticket', { code }, PHONE).error).toMatchObject({ code: 'wrong_state', params: { reason: 'other_day' } });
  });
});
