import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import type { MethodInput } from '../../../src/shared/api/contract';
import { mppConfig } from '../../helpers/mppConfig';
import { OfficeHarness } from '../../helpers/officeHarness';

/**
 * The SKM/IKM per agency of a Mal Pelayanan Publik (#18 point 5), on a real office over a real SQLite file:
 * Dukcapil (KTP, KK) and Samsat (PKB). Each agency's IKM is computed over its own respondents only,
 * checked against figures worked out by hand with the formula of Permenpan RB 14/2017.
 */
const BUILDING: Caller = { role: 'supervisor', via: 'test' };
const SAMSAT: Caller = { role: 'supervisor', via: 'test', agency: 'SAMSAT' };
const DUKCAPIL: Caller = { role: 'supervisor', via: 'test', agency: 'DUKCAPIL' };

type Answers = MethodInput<'ratings.survey'>['answers'];
const answers = (scores: number[]): Answers => Object.fromEntries(scores.map((s, i) => [`U${i + 1}`, s])) as Answers;

/*
 * By hand (NRR = total ÷ respondents per unsur, IKM = Σ NRR ÷ 9, konversi = IKM × 25):
 * Dukcapil: NRR 3.5 3 3.5 3 3 3.5 3.5 3.5 3 → Σ 29.5 → IKM 3.2778 → 81.94, B.
 * Samsat:   NRR 2.5 2.5 3 2.5 2.5 2.5 2.5 2.5 2 → Σ 22.5 → IKM 2.5 → 62.50, D.
 * Building: totals 12 11 13 11 11 12 12 12 10 of 4 → Σ 104/4 = 26 → IKM 2.8889 → 72.22, C.
 */
const SURVEYS: [service: string, scores: number[]][] = [
  ['KTP', [4, 3, 4, 4, 3, 4, 4, 4, 3]],
  ['KK', [3, 3, 3, 2, 3, 3, 3, 3, 3]],
  ['PKB', [2, 2, 3, 2, 2, 2, 2, 2, 2]],
  ['PKB', [3, 3, 3, 3, 3, 3, 3, 3, 2]],
];

let h: OfficeHarness;
let day: string;

beforeEach(async () => {
  h = new OfficeHarness(mppConfig());
  // People served: two at Dukcapil's counters, three at Samsat's (the Krejcie–Morgan population of each).
  for (const at of [1, 2, 3]) h.call('counters.open', { counter: at }, { role: 'counter', counter: at, via: 'test' });
  for (const [serviceCode, at] of [['KTP', 1], ['KK', 2], ['PKB', 3], ['PKB', 3], ['PKB', 3]] as const) {
    const counter: Caller = { role: 'counter', counter: at, via: 'test' };
    const ticket = h.issue(serviceCode);
    h.call('counters.callTicket', { counter: at, ticketId: ticket.id, reason: 'uji' }, counter);
    h.call('tickets.start', { counter: at, ticketId: ticket.id }, counter);
    h.call('tickets.finish', { counter: at, ticketId: ticket.id }, counter);
  }
  // Each survey from its own tablet, so no answer-rate or burst rule sets one aside.
  SURVEYS.forEach(([serviceCode, scores], i) => {
    h.call('ratings.survey', { serviceCode, answers: answers(scores) }, { role: 'kiosk', via: 'test', deviceLabel: `tablet-${i}` });
  });
  h.call('ratings.quick', { face: 'very-happy', serviceCode: 'KTP' }, { role: 'kiosk', via: 'test', deviceLabel: 'tablet-q1' });
  h.call('ratings.quick', { face: 'unhappy', serviceCode: 'PKB' }, { role: 'kiosk', via: 'test', deviceLabel: 'tablet-q2' });
  day = h.call('office.overview', {}).serviceDate;
});
afterEach(() => h.store.close());

const period = () => ({ kind: 'custom' as const, from: day, to: day });

describe('the Laporan SKM per agency', () => {
  it("computes each agency's IKM over its own respondents only, and the building's over all", () => {
    const dukcapil = h.call('ratings.report', { period: period(), agency: 'DUKCAPIL' }, BUILDING);
    expect(dukcapil.agency).toEqual({ id: 'DUKCAPIL', name: { id: 'Dinas Dukcapil', en: 'Civil Registry' }, shortName: 'Dukcapil' });
    expect(dukcapil.overall).toMatchObject({ respondents: 2, konversi: 81.94, mutu: 'B' });
    expect(dukcapil.overall?.unsur.map((u) => u.nrr)).toEqual([3.5, 3, 3.5, 3, 3, 3.5, 3.5, 3.5, 3]);
    expect(dukcapil.byService.map((s) => s.serviceCode)).toEqual(['KK', 'KTP']);
    expect(dukcapil.byCounter).toEqual([expect.objectContaining({ counterNumber: null })]);
    expect(dukcapil.sample).toMatchObject({ population: 2, respondents: 2 });
    expect(dukcapil.quick).toMatchObject({ responses: 1, shares: expect.objectContaining({ 'very-happy': 1 }) });

    const samsat = h.call('ratings.report', { period: period(), agency: 'SAMSAT' }, BUILDING);
    expect(samsat.agency?.id).toBe('SAMSAT');
    expect(samsat.overall).toMatchObject({ respondents: 2, konversi: 62.5, mutu: 'D', ikm: 2.5 });
    expect(samsat.byService.map((s) => s.serviceCode)).toEqual(['PKB']);
    expect(samsat.sample).toMatchObject({ population: 3, respondents: 2 });
    expect(samsat.quick.responses).toBe(1);

    const building = h.call('ratings.report', { period: period() }, BUILDING);
    expect(building.agency).toBeNull();
    expect(building.overall).toMatchObject({ respondents: 4, konversi: 72.22, mutu: 'C' });
    expect(building.overall?.unsur.map((u) => u.total)).toEqual([12, 11, 13, 11, 11, 12, 12, 12, 10]);
    expect(building.sample.population).toBe(5);
    expect(building.quick.responses).toBe(2);
  });

  it('gives the same figures once the day is closed and read from the rollups', () => {
    h.clock.set(h.clock.now() + 24 * 3600_000);
    h.issue('KK');
    h.ratings.settle();
    expect(h.call('ratings.report', { period: period(), agency: 'DUKCAPIL' }, BUILDING).overall).toMatchObject({ respondents: 2, konversi: 81.94 });
    expect(h.call('ratings.report', { period: period() }, SAMSAT).overall).toMatchObject({ respondents: 2, konversi: 62.5 });
    expect(h.call('ratings.report', { period: period() }, BUILDING).overall).toMatchObject({ respondents: 4, konversi: 72.22 });
  });

  it("gives an agency supervisor its own agency's report only, and refuses another agency's", () => {
    const own = h.call('ratings.report', { period: period() }, SAMSAT);
    expect(own.agency?.id).toBe('SAMSAT');
    expect(own.overall).toMatchObject({ respondents: 2, konversi: 62.5 });
    expect(h.call('ratings.report', { period: period(), agency: 'SAMSAT' }, SAMSAT).overall?.konversi).toBe(62.5);
    expect(h.call('ratings.report', { period: period() }, DUKCAPIL).overall?.konversi).toBe(81.94);

    for (const input of [{ agency: 'DUKCAPIL' }, { serviceCode: 'KTP' }, { counter: 1 }]) {
      const out = h.fail('ratings.report', { period: period(), ...input }, SAMSAT);
      expect(out.error.code, JSON.stringify(input)).toBe('forbidden');
    }
  });

  it('refuses an unknown agency, and a service or counter outside the chosen agency, naming the field', () => {
    expect(h.fail('ratings.report', { period: period(), agency: 'IMIGRASI' }, BUILDING).error).toMatchObject({
      code: 'bad_request',
      problems: [expect.stringContaining('agency')],
    });
    expect(h.fail('ratings.report', { period: period(), agency: 'SAMSAT', serviceCode: 'KTP' }, BUILDING).error).toMatchObject({
      code: 'bad_request',
      problems: [expect.stringMatching(/^serviceCode: /)],
    });
    expect(h.fail('ratings.report', { period: period(), agency: 'SAMSAT', counter: 1 }, BUILDING).error).toMatchObject({
      code: 'bad_request',
      problems: [expect.stringMatching(/^counter: /)],
    });
    // Inside the agency a service narrows it further.
    expect(h.call('ratings.report', { period: period(), agency: 'DUKCAPIL', serviceCode: 'KK' }, BUILDING).overall?.respondents).toBe(1);
  });
});

describe('/ikm in a Mal Pelayanan Publik', () => {
  it("publishes each agency's IKM beside the building's, with no sign-in", () => {
    const published = h.call('ratings.published', {}, { role: null, via: 'test' });
    expect(published.overall).toMatchObject({ respondents: 4, konversi: 72.22 });
    expect(published.agencies.map((a) => [a.id, a.shortName, a.overall?.respondents, a.overall?.konversi, a.quick.responses])).toEqual([
      ['DUKCAPIL', 'Dukcapil', 2, 81.94, 1],
      ['SAMSAT', 'Samsat', 2, 62.5, 1],
    ]);
  });

  it('lists no agencies in a one-agency office, whose report covers the whole office', () => {
    h.store.close();
    h = new OfficeHarness();
    expect(h.call('ratings.published', {}, { role: null, via: 'test' }).agencies).toEqual([]);
    const serviceDate = h.call('office.overview', {}).serviceDate;
    expect(h.call('ratings.report', { period: { kind: 'custom', from: serviceDate, to: serviceDate } }).agency).toBeNull();
    expect(h.fail('ratings.report', { period: { kind: 'custom', from: serviceDate, to: serviceDate }, agency: 'SAMSAT' }).error.code).toBe('bad_request');
  });
});
