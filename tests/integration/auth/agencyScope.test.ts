import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { api, type MethodName } from '../../../src/shared/api/contract';
import { mppConfig } from '../../helpers/mppConfig';
import { OfficeHarness } from '../../helpers/officeHarness';

/**
 * A supervisor of one agency of a Mal Pelayanan Publik (Samsat) against every method of the contract, on a
 * real office over a real SQLite file: refused at every building method and at every method naming another
 * agency's service, counter, ticket or staff member; allowed on its own; the building's supervisor may do all.
 */
const BUILDING: Caller = { role: 'supervisor', via: 'test' };
const SAMSAT: Caller = { role: 'supervisor', via: 'test', agency: 'SAMSAT' };
const KIOSK: Caller = { role: 'kiosk', via: 'test' };

const supervisorMethods = (Object.keys(api) as MethodName[]).filter((m) => {
  const roles = api[m].roles;
  return roles !== 'public' && roles.includes('supervisor');
});

let h: OfficeHarness;
beforeEach(() => {
  h = new OfficeHarness(mppConfig());
});
afterEach(() => h.store.close());

/** The method's documented example with every field its input takes from `things` set to those. */
function inputOf(method: MethodName, things: Record<string, unknown>): Record<string, unknown> {
  const example = { ...(api[method].example as Record<string, unknown>) };
  const fields = Object.keys((api[method].input as unknown as { shape: Record<string, unknown> }).shape);
  for (const [field, value] of Object.entries(things)) if (fields.includes(field)) example[field] = value;
  return example;
}

async function codeOf(method: MethodName, input: unknown, caller: Caller): Promise<string | null> {
  const out = await h.dispatcher.dispatch(method, input, caller);
  return out.ok ? null : out.error.code;
}

/** Whether the answer is the agency refusal (not another one, such as the kiosk exit's own rules). */
async function refusedForAgency(method: MethodName, input: unknown, caller: Caller): Promise<boolean> {
  const out = await h.dispatcher.dispatch(method, input, caller);
  return !out.ok && out.error.code === 'forbidden' && /supervisor of|not [A-Z]+'s/.test(out.error.message);
}

describe('an agency supervisor in a Mal Pelayanan Publik', () => {
  it('is refused at every method the contract keeps for the building, and the building supervisor is not', async () => {
    const building = supervisorMethods.filter((m) => api[m].agency === undefined);
    // The building's own business is most of the contract: devices, sync, settings, backups, reports…
    expect(building).toEqual(expect.arrayContaining(['settings.update', 'devices.approve', 'sync.enrol', 'backup.now', 'ratings.exclusions']));
    for (const method of building) {
      expect(await refusedForAgency(method, api[method].example, SAMSAT), method).toBe(true);
      expect(await refusedForAgency(method, api[method].example, BUILDING), method).toBe(false);
    }
  });

  it("is refused at every method naming another agency's service, counter, ticket or staff member, and changes nothing", async () => {
    const ktp = await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, KIOSK);
    const clerk = await h.callAsync('staff.create', { name: 'Petugas Dukcapil', role: 'counter', pin: '604172', agency: 'DUKCAPIL' }, BUILDING);
    const dukcapil = { serviceCode: 'KTP', counter: 1, ticketId: ktp.id, staffId: clerk.id, agency: 'DUKCAPIL' };
    const scoped = supervisorMethods.filter((m) => api[m].agency === 'inputs');
    expect(scoped.length).toBeGreaterThan(15);
    const before = await h.callAsync('queue.snapshot', {}, BUILDING);
    for (const method of scoped) {
      expect(await refusedForAgency(method, inputOf(method, dukcapil), SAMSAT), method).toBe(true);
    }
    expect(await h.callAsync('queue.snapshot', {}, BUILDING)).toEqual(before);
    expect((await h.callAsync('staff.list', {}, BUILDING)).find((s) => s.id === clerk.id)?.active).toBe(true);
  });

  it('works its own agency: issues, opens its counter, calls, and manages its own clerks', async () => {
    const pkb = await h.callAsync('tickets.issue', { serviceCode: 'PKB' }, SAMSAT);
    await h.callAsync('counters.open', { counter: 3 }, SAMSAT);
    expect((await h.callAsync('counters.callNext', { counter: 3 }, SAMSAT)).ticket?.id).toBe(pkb.id);
    const clerk = await h.callAsync('staff.create', { name: 'Petugas Samsat', role: 'counter', pin: '604172' }, SAMSAT);
    expect(clerk.agency).toBe('SAMSAT');
    await h.callAsync('staff.create', { name: 'Petugas Dukcapil', role: 'counter', pin: '604173', agency: 'DUKCAPIL' }, BUILDING);
    expect((await h.callAsync('staff.list', {}, SAMSAT)).map((s) => s.name)).toEqual(['Petugas Samsat']);
    expect(await codeOf('staff.create', { name: 'Orang lain', role: 'counter', pin: '604174', agency: 'DUKCAPIL' }, SAMSAT)).toBe('forbidden');
  });

  it("sees only its own agency's services, counters and alerts on the live monitor", async () => {
    await h.callAsync('tickets.issue', { serviceCode: 'KTP' }, KIOSK);
    await h.callAsync('tickets.issue', { serviceCode: 'PKB' }, KIOSK);
    const own = await h.callAsync('monitor.live', {}, SAMSAT);
    expect(own.services.map((s) => s.serviceCode)).toEqual(['PKB']);
    expect(own.counters.map((c) => c.number)).toEqual([3]);
    expect(own.alerts.every((a) => a.serviceCode === null || a.serviceCode === 'PKB')).toBe(true);
    const queue = await h.callAsync('queue.snapshot', {}, SAMSAT);
    expect([queue.services.map((s) => s.code), queue.counters.map((c) => c.number)]).toEqual([['PKB'], [3]]);
    const settings = await h.callAsync('settings.get', {}, SAMSAT);
    expect(settings.config.services.map((s) => s.code)).toEqual(['PKB']);
    expect(settings.config.counters.map((c) => c.number)).toEqual([3]);
    expect(settings.changes).toEqual([]);
    const all = await h.callAsync('monitor.live', {}, BUILDING);
    expect(all.services.map((s) => s.serviceCode)).toEqual(['KTP', 'KK', 'PKB']);
    expect(all.counters).toHaveLength(3);
  });

  it("counts only its own agency's tickets, counters and ratings in the statistics; the building counts all", async () => {
    const counter = (n: number): Caller => ({ role: 'counter', counter: n, via: 'test' });
    for (const [serviceCode, at] of [['KTP', 1], ['KK', 2], ['PKB', 3], ['PKB', 3]] as const) {
      const ticket = await h.callAsync('tickets.issue', { serviceCode }, KIOSK);
      await h.callAsync('counters.open', { counter: at }, counter(at)).catch(() => undefined);
      await h.callAsync('counters.callTicket', { counter: at, ticketId: ticket.id, reason: 'uji' }, counter(at));
      await h.callAsync('tickets.start', { counter: at, ticketId: ticket.id }, counter(at));
      await h.callAsync('tickets.finish', { counter: at, ticketId: ticket.id }, counter(at));
    }
    await h.callAsync('ratings.quick', { face: 'very-happy', serviceCode: 'KTP' }, KIOSK);
    const day = (await h.callAsync('office.overview', {}, KIOSK)).serviceDate;
    const own = await h.callAsync('stats.view', { from: day, to: day }, SAMSAT);
    expect(own.totals.issued).toBe(2);
    expect(own.byService.map((s) => s.serviceCode)).toEqual(['PKB']);
    expect(own.byCounter.map((c) => c.counterNumber)).toEqual([3]);
    expect(own.satisfaction.quickResponses).toBe(0);
    const all = await h.callAsync('stats.view', { from: day, to: day }, BUILDING);
    expect(all.totals.issued).toBe(4);
    expect(all.satisfaction.quickResponses).toBe(1);
    expect(await refusedForAgency('stats.view', { from: day, to: day, serviceCode: 'KTP' }, SAMSAT)).toBe(true);

    // The next morning the day is closed and summarized: the same figures come from the rollups.
    h.clock.set(h.clock.now() + 24 * 3600_000);
    await h.callAsync('tickets.issue', { serviceCode: 'KK' }, KIOSK);
    expect(h.store.stats.isSummarized(day)).toBe(true);
    const closed = await h.callAsync('stats.view', { from: day, to: day }, SAMSAT);
    expect([closed.totals.issued, closed.byService.map((s) => s.serviceCode), closed.byCounter.map((c) => c.counterNumber)]).toEqual([2, ['PKB'], [3]]);
    expect((await h.callAsync('stats.view', { from: day, to: day }, BUILDING)).totals.issued).toBe(4);
  });

  it('reads the public methods as anyone does', async () => {
    for (const method of (Object.keys(api) as MethodName[]).filter((m) => api[m].roles === 'public')) {
      expect(await refusedForAgency(method, api[method].example, SAMSAT), method).toBe(false);
    }
  });

  it('lets a clerk of an agency sign in only at its counters, after the PIN is right', async () => {
    const clerk = await h.callAsync('staff.create', { name: 'Petugas Samsat', role: 'counter', pin: '604172', agency: 'SAMSAT' }, BUILDING);
    const elsewhere = await h.failAsync('auth.signIn', { staffId: clerk.id, counter: 1, pin: '604172' }, { role: null, via: 'test' });
    expect(elsewhere.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('not a counter of SAMSAT') });
    const signedIn = await h.callAsync('auth.signIn', { staffId: clerk.id, counter: 3, pin: '604172' }, { role: null, via: 'test' });
    expect(signedIn.session).toMatchObject({ role: 'counter', counter: 3, agency: 'SAMSAT' });
  });

  it('refuses an account for an agency the building does not have, naming the field', async () => {
    const out = await h.failAsync('staff.create', { name: 'Petugas', role: 'counter', pin: '604172', agency: 'IMIGRASI' }, BUILDING);
    expect(out.error).toMatchObject({ code: 'bad_request', problems: [expect.stringContaining('agency')] });
    expect(await h.callAsync('staff.list', {}, BUILDING)).toEqual([]);
  });
});
