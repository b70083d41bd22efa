import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { accumulateSurveys, computeIkm, krejcieMorganSampleSize } from '../../../src/shared/skm';
import { OfficeHarness } from '../../helpers/officeHarness';

let h: OfficeHarness;
afterEach(() => h.close());

const KIOSK: Caller = { role: 'kiosk', via: 'lan', deviceLabel: 'Tablet ruang tunggu' };
const OTHER_TABLET: Caller = { role: 'kiosk', via: 'lan', deviceLabel: 'Tablet loket 3' };
const ALL_FOUR = { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 } as const;

/** A visitor served at counter 1 (KTP) and their ticket label. */
function servedTicket(): string {
  return servedVisit().label;
}

function servedVisit(counter = 1): { label: string; id: string } {
  if (h.call('queue.snapshot', {}).counters.find((c) => c.number === counter)?.state !== 'open') h.openCounters(counter);
  const t = h.issue('KTP');
  h.call('counters.callNext', { counter });
  h.call('tickets.start', { counter, ticketId: t.id });
  h.call('tickets.finish', { counter, ticketId: t.id });
  return { label: t.label, id: t.id };
}

/** `n` visitors served, so the answer-rate rule leaves room for `n` answers (plus its slack). */
function serve(n: number, counter = 1): void {
  for (let i = 0; i < n; i++) servedVisit(counter);
}

describe('linking an answer to a visit', () => {
  it('finds the visit by the printed number or the QR code and allows one of each rating per ticket', () => {
    h = new OfficeHarness();
    const label = servedTicket();
    const found = h.call('ratings.lookup', { ticketRef: label.toLowerCase().replace('-', '') }, KIOSK);
    expect(found).toMatchObject({ label, serviceCode: 'KTP', counterNumber: 1, quickDone: false, surveyDone: false });
    expect(h.call('ratings.lookup', { ticketRef: `LOKET:${found.ticketId}` }, KIOSK).label).toBe(label);

    h.call('ratings.quick', { face: 'happy', ticketRef: label }, KIOSK);
    h.call('ratings.survey', { answers: ALL_FOUR, ticketRef: label }, KIOSK);
    expect(h.fail('ratings.survey', { answers: ALL_FOUR, ticketRef: label }, KIOSK).error).toMatchObject({ code: 'wrong_state' });
    expect(h.fail('ratings.quick', { face: 'happy', ticketRef: label }, KIOSK).status).toBe(409);
    expect(h.call('ratings.lookup', { ticketRef: label }, KIOSK)).toMatchObject({ quickDone: true, surveyDone: true });
  });

  it("refuses another day's ticket, a ticket not served yet and an unknown one, storing nothing", () => {
    h = new OfficeHarness();
    const yesterday = servedVisit();
    h.clock.advance(24 * 60);
    const waiting = h.issue('KTP').label;
    const old = h.fail('ratings.survey', { answers: ALL_FOUR, ticketRef: `LOKET:${yesterday.id}` }, KIOSK);
    expect(old.status).toBe(409);
    expect(old.error.message).toContain('is from 2026-11-30');
    expect(h.fail('ratings.survey', { answers: ALL_FOUR, ticketRef: waiting }, KIOSK).error.code).toBe('wrong_state');
    expect(h.fail('ratings.quick', { face: 'happy', ticketRef: 'LOKET:00000000-0000-4000-8000-000000000000' }, KIOSK).status).toBe(404);
    expect(h.fail('ratings.quick', { face: 'happy', ticketRef: 'not a ticket' }, KIOSK).status).toBe(400);
    expect(h.store.db.prepare('SELECT COUNT(*) AS n FROM surveys').get()).toEqual({ n: 0 });
  });

  it('accepts unlinked answers with the service chosen on screen, and needs one of the two', () => {
    h = new OfficeHarness();
    expect(h.call('ratings.quick', { face: 'unhappy', serviceCode: 'KK' }, KIOSK).ticketLabel).toBeNull();
    const out = h.fail('ratings.quick', { face: 'unhappy' }, KIOSK);
    expect(out.status).toBe(400);
    expect(out.error.problems?.[0]).toMatch(/^ticketRef: give the ticket/);
  });
});

describe('bad answers', () => {
  it('refuses scores outside 1–4, unknown unsur, partial surveys and any personal field', () => {
    h = new OfficeHarness();
    const cases: unknown[] = [
      { answers: { ...ALL_FOUR, U3: 5 }, serviceCode: 'KTP' },
      { answers: { ...ALL_FOUR, U10: 4 }, serviceCode: 'KTP' },
      { answers: { U1: 4, U2: 4 }, serviceCode: 'KTP' },
      { answers: ALL_FOUR, profile: { nik: '5371010101010001' }, serviceCode: 'KTP' },
      { answers: ALL_FOUR, name: 'Yohanes', serviceCode: 'KTP' },
    ];
    for (const input of cases) expect(h.fail('ratings.survey', input, KIOSK).status).toBe(400);
    expect(h.fail('ratings.quick', { face: 'neutral', serviceCode: 'KTP' }, KIOSK).status).toBe(400);
    expect(h.store.db.prepare('SELECT COUNT(*) AS n FROM surveys').get()).toEqual({ n: 0 });
  });
});

describe('bursts of identical answers', () => {
  it('flags five identical taps within a minute from one device, keeps them with the reason, and leaves them out', () => {
    h = new OfficeHarness();
    serve(5);
    for (let i = 0; i < 4; i++) h.call('ratings.quick', { face: 'very-unhappy', serviceCode: 'KTP' }, KIOSK);
    h.call('ratings.quick', { face: 'very-unhappy', serviceCode: 'KTP' }, OTHER_TABLET);
    expect(h.call('ratings.exclusions', {})).toEqual([]);
    h.call('ratings.quick', { face: 'very-unhappy', serviceCode: 'KTP' }, KIOSK);
    const excluded = h.call('ratings.exclusions', {});
    expect(excluded).toHaveLength(5);
    expect(excluded[0]).toMatchObject({ kind: 'quick', reason: 'burst' });
    expect(excluded[0]?.detail).toContain('Tablet ruang tunggu');
    const report = h.call('ratings.report', { period: { kind: 'month', date: '2026-11-30' } });
    expect(report.excluded).toEqual({ quick: 5, survey: 0 });
    expect(report.quick.responses).toBe(1);
  });

  it('does not flag the same answer given slowly, over more than a minute', () => {
    h = new OfficeHarness();
    serve(6);
    for (let i = 0; i < 6; i++) {
      h.call('ratings.quick', { face: 'happy', serviceCode: 'KTP' }, KIOSK);
      h.clock.advance(0.5);
    }
    expect(h.call('ratings.exclusions', {})).toHaveLength(0);
  });

  it('flags three identical unlinked full surveys within ten minutes', () => {
    h = new OfficeHarness();
    for (let i = 0; i < 3; i++) h.call('ratings.survey', { answers: ALL_FOUR, serviceCode: 'KK' }, KIOSK);
    expect(h.call('ratings.report', { period: { kind: 'month', date: '2026-11-30' } }).overall).toBeNull();
  });
});

describe('answers faster than people are served', () => {
  const FACES = ['very-unhappy', 'unhappy', 'happy', 'very-happy'] as const;
  const TABLET_1: Caller = { role: 'kiosk', via: 'lan', deviceLabel: 'Tablet loket 1', counter: 1 };
  const TABLET_2: Caller = { role: 'kiosk', via: 'lan', deviceLabel: 'Tablet loket 2', counter: 2 };
  const tap = (i: number, caller: Caller) => h.call('ratings.quick', { face: FACES[i % FACES.length] as (typeof FACES)[number], serviceCode: 'KTP' }, caller);
  const reasons = () => h.call('ratings.exclusions', {}).map((e) => e.reason);

  it('sets aside varied rapid answers from one device once they outnumber the people served in the office', () => {
    h = new OfficeHarness();
    serve(1);
    // One person served: 1 + 2 to spare = 3 answers are believable, the 4th is not.
    for (let i = 0; i < 3; i++) tap(i, KIOSK);
    tap(0, OTHER_TABLET);
    expect(reasons()).toEqual([]);
    tap(3, KIOSK);
    expect(reasons()).toEqual(['rate', 'rate', 'rate', 'rate']);
    tap(4, KIOSK);
    tap(5, KIOSK);
    const excluded = h.call('ratings.exclusions', {});
    expect(excluded).toHaveLength(6);
    expect(excluded[0]?.detail).toBe(
      '6 answers without a ticket from "Tablet ruang tunggu" within 10 min, more than the people served in the office: 1 finished in the last 15 min + 0 being served + 2 to spare = 3',
    );
    const report = h.call('ratings.report', { period: { kind: 'month', date: '2026-11-30' } });
    expect(report.excluded).toEqual({ quick: 6, survey: 0 });
    expect(report.quick.responses).toBe(1);
  });

  it('never sets aside answers that keep pace with the people served, however quick or varied', () => {
    h = new OfficeHarness();
    serve(8);
    for (let i = 0; i < 8; i++) tap(i, KIOSK);
    for (let round = 0; round < 40; round++) {
      servedVisit();
      h.clock.advance(1);
      tap(round, KIOSK);
      h.clock.advance(1);
    }
    expect(reasons()).toEqual([]);
  });

  it('forgets answers older than the ten-minute window', () => {
    h = new OfficeHarness();
    tap(0, KIOSK);
    tap(1, KIOSK);
    h.clock.advance(11);
    tap(2, KIOSK);
    tap(3, KIOSK);
    expect(reasons()).toEqual([]);
    tap(0, KIOSK);
    expect(reasons()).toEqual(['rate', 'rate', 'rate']);
  });

  it("judges a counter tablet by its own counter's visitors, counting the one being served", () => {
    h = new OfficeHarness();
    serve(5, 1);
    serve(1, 2);
    for (let i = 0; i < 7; i++) tap(i, TABLET_1);
    for (let i = 0; i < 3; i++) tap(i, TABLET_2);
    expect(reasons()).toEqual([]);
    tap(3, TABLET_2);
    const excluded = h.call('ratings.exclusions', {});
    expect(excluded.map((e) => e.reason)).toEqual(['rate', 'rate', 'rate', 'rate']);
    expect(excluded[0]?.detail).toContain('more than the people served at counter 2: 1 finished');

    const t = h.issue('KTP');
    h.call('counters.callNext', { counter: 1 });
    h.call('tickets.start', { counter: 1, ticketId: t.id });
    tap(7, TABLET_1);
    expect(h.call('ratings.exclusions', {})).toHaveLength(4);
  });

  it('leaves answers linked to a ticket out of the count, and never sets them aside', () => {
    h = new OfficeHarness();
    const visits = [servedVisit(), servedVisit()];
    for (const v of visits) h.call('ratings.quick', { face: 'happy', ticketRef: v.label }, KIOSK);
    for (let i = 0; i < 4; i++) tap(i, KIOSK);
    expect(reasons()).toEqual([]);
    tap(4, KIOSK);
    expect(reasons()).toEqual(['rate', 'rate', 'rate', 'rate', 'rate']);
    expect(h.call('ratings.lookup', { ticketRef: visits[0]?.label ?? '' }, KIOSK).quickDone).toBe(true);
    expect(h.call('ratings.report', { period: { kind: 'month', date: '2026-11-30' } }).quick.responses).toBe(2);
  });

  it('applies to full surveys too, each answer different', () => {
    h = new OfficeHarness();
    serve(1);
    for (const score of [1, 2, 3] as const) h.call('ratings.survey', { answers: { ...ALL_FOUR, U1: score }, serviceCode: 'KK' }, KIOSK);
    expect(reasons()).toEqual([]);
    h.call('ratings.survey', { answers: { ...ALL_FOUR, U2: 1 }, serviceCode: 'KK' }, KIOSK);
    expect(h.call('ratings.exclusions', {}).map((e) => [e.kind, e.reason])).toEqual(Array(4).fill(['survey', 'rate']));
    expect(h.call('ratings.report', { period: { kind: 'month', date: '2026-11-30' } }).overall).toBeNull();
  });
});

describe('counting for the city server', () => {
  it('adds answers to the daily counters only after the burst window, and never counts an excluded one', () => {
    h = new OfficeHarness();
    const label = servedTicket();
    h.call('ratings.survey', { answers: { U1: 3, U2: 4, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 2 }, ticketRef: label }, KIOSK);
    for (let i = 0; i < 5; i++) h.call('ratings.quick', { face: 'very-happy', serviceCode: 'KK' }, KIOSK);
    h.call('ratings.quick', { face: 'happy', serviceCode: 'KK' }, OTHER_TABLET);
    expect(h.store.daily.forDate('2026-11-30').get('skm.respondents.KTP')).toBeUndefined();
    h.clock.advance(11);
    h.ratings.settle();
    const c = h.store.daily.forDate('2026-11-30');
    expect(c.get('skm.respondents.KTP')).toBe(1);
    expect(c.get('skm.answers.KTP.U9.2')).toBe(1);
    expect(c.get('skm.answers.KTP.U1.3')).toBe(1);
    expect(c.get('quick.KK.happy')).toBe(1);
    expect(c.get('quick.KK.very-happy')).toBeUndefined();
    h.ratings.settle();
    expect(h.store.daily.forDate('2026-11-30').get('skm.respondents.KTP')).toBe(1);
  });
});

describe('the IKM report', () => {
  it('computes the IKM of the stored surveys exactly as the shared engine does, per service and counter', () => {
    h = new OfficeHarness();
    const answers = [
      { U1: 3, U2: 3, U3: 2, U4: 4, U5: 3, U6: 3, U7: 4, U8: 3, U9: 3 },
      { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 2, U9: 3 },
      { U1: 2, U2: 3, U3: 3, U4: 4, U5: 3, U6: 3, U7: 3, U8: 3, U9: 1 },
    ] as const;
    for (const a of answers) h.call('ratings.survey', { answers: a, ticketRef: servedTicket() }, KIOSK);
    h.call('ratings.survey', { answers: ALL_FOUR, serviceCode: 'KK' }, KIOSK);
    const report = h.call('ratings.report', { period: { kind: 'semester', date: '2026-11-30' }, serviceCode: 'KTP' });
    const expected = computeIkm(accumulateSurveys(answers));
    expect(report.from).toBe('2026-07-01');
    expect(report.to).toBe('2026-12-31');
    expect(report.overall?.konversi).toBe(expected.konversi);
    expect(report.overall?.mutu).toBe(expected.category.mutu);
    expect(report.overall?.unsur.find((u) => u.code === 'U9')).toMatchObject({ total: 7, count: 3 });
    expect(report.byCounter).toEqual([expect.objectContaining({ counterNumber: 1 })]);
    // Krejcie–Morgan from the people served in the period (3 KTP visits).
    expect(report.sample).toMatchObject({ population: 3, target: krejcieMorganSampleSize(3), respondents: 3 });
    const all = h.call('ratings.report', { period: { kind: 'month', date: '2026-11-30' } });
    expect(all.byService.map((s) => s.serviceCode)).toEqual(['KK', 'KTP']);
    expect(all.profile.filter((p) => p.field === 'gender')).toEqual([{ field: 'gender', value: '-', n: 4 }]);
  });

  it('publishes the semester IKM without any credential', () => {
    h = new OfficeHarness();
    h.call('ratings.survey', { answers: ALL_FOUR, ticketRef: servedTicket() }, KIOSK);
    const pub = h.call('ratings.published', {}, { role: null, via: 'lan' });
    expect(pub.overall).toMatchObject({ konversi: 100, mutu: 'A', kinerja: 'Sangat Baik' });
  });

  it('refuses a range that ends before it starts, or starts in the future', () => {
    h = new OfficeHarness();
    expect(h.fail('ratings.report', { period: { kind: 'custom', from: '2026-11-10', to: '2026-11-01' } }).status).toBe(400);
    expect(h.fail('ratings.report', { period: { kind: 'month', date: '2027-03-01' } }).error.problems).toEqual(['period: starts in the future']);
  });
});
