import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { mppConfig } from '../../helpers/mppConfig';
import { testConfig } from '../../helpers/testConfig';

let h: OfficeHarness;
afterEach(() => h.close());

function callNext(counter: number) {
  return h.call('counters.callNext', { counter }).ticket;
}

describe('calling order', () => {
  it('calls priority tickets before earlier regular ones, first-come-first-served within each class', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    const r1 = h.issue('KTP');
    h.clock.advance(1);
    const r2 = h.issue('KTP');
    h.clock.advance(1);
    const p1 = h.issue('KTP', 'lansia');
    h.clock.advance(1);
    const p2 = h.issue('KTP', 'hamil');
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      const t = callNext(1)!;
      order.push(t.label);
      h.call('tickets.start', { counter: 1, ticketId: t.id });
      h.call('tickets.finish', { counter: 1, ticketId: t.id });
    }
    expect(order).toEqual([p1.label, p2.label, r1.label, r2.label]);
  });

  it('breaks ties of the same millisecond by issue order, never last-in-first-out', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    const labels = [h.issue('KTP').label, h.issue('KTP').label, h.issue('KTP').label];
    const called: string[] = [];
    for (let i = 0; i < 3; i++) {
      const t = callNext(1)!;
      called.push(t.label);
      h.call('tickets.noShow', { counter: 1, ticketId: t.id });
    }
    expect(called).toEqual(labels);
  });

  it('with the ratio policy lets one regular ticket through after N priority calls in a row', () => {
    h = new OfficeHarness(testConfig({ priority: { policy: { mode: 'ratio', priorityPerRegular: 2 } } }));
    h.openCounters(1);
    const r1 = h.issue('KTP');
    const p = [h.issue('KTP', 'anak'), h.issue('KTP', 'anak'), h.issue('KTP', 'anak')];
    const called: string[] = [];
    for (let i = 0; i < 4; i++) {
      const t = callNext(1)!;
      called.push(t.label);
      h.call('tickets.noShow', { counter: 1, ticketId: t.id });
    }
    expect(called).toEqual([p[0]!.label, p[1]!.label, r1.label, p[2]!.label]);
  });

  it('calls only services the counter serves and returns null when nobody waits', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    h.issue('KK');
    expect(callNext(1)).toBeNull();
  });

  it('gives the last ticket to exactly one of two counters', () => {
    h = new OfficeHarness();
    h.openCounters(1, 2);
    const t = h.issue('KTP');
    const a = callNext(1);
    const b = callNext(2);
    expect(a?.id).toBe(t.id);
    expect(b).toBeNull();
  });

  it('gives no calls to a paused counter and says why', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    h.call('counters.pause', { counter: 1, reason: 'ibadah' });
    h.issue('KTP');
    const out = h.fail('counters.callNext', { counter: 1 });
    expect(out.error.code).toBe('counter_not_open');
    expect(out.error.message).toContain('ibadah');
    h.call('counters.open', { counter: 1 });
    expect(callNext(1)?.label).toBe('A-001');
  });

  it('refuses a second call while the counter still has a called ticket', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    h.issue('KTP');
    h.issue('KTP');
    callNext(1);
    const out = h.fail('counters.callNext', { counter: 1 });
    expect(out.error.code).toBe('counter_busy');
    expect(out.error.message).toContain('A-001');
  });

  it('calls a specific ticket out of order and logs the reason', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    h.issue('KTP');
    const second = h.issue('KTP');
    const t = h.call('counters.callTicket', { counter: 1, ticketId: second.id, reason: 'dokumen sudah lengkap' }).ticket!;
    expect(t.label).toBe('A-002');
    const ev = h.store.ticketEvents.forTicket(second.id).find((e) => e.type === 'called');
    expect(ev?.data).toEqual({ outOfOrder: true, reason: 'dokumen sudah lengkap' });
  });

  it('emits the call so displays can announce it, and counts recalls', () => {
    h = new OfficeHarness();
    h.openCounters(2);
    h.issue('KK');
    const t = callNext(2)!;
    const recalled = h.call('counters.recall', { counter: 2, ticketId: t.id });
    expect(recalled.recallCount).toBe(1);
    const calls = h.events.filter((e) => e.type === 'ticket.called');
    expect(calls.map((e) => e.type === 'ticket.called' && [e.payload.ticket.label, e.payload.counterName, e.payload.recall])).toEqual([
      ['B-001', 'Loket 2', false],
      ['B-001', 'Loket 2', true],
    ]);
  });
});

describe('serving a ticket', () => {
  it('walks waiting → called → serving → done and counts waiting and service time', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    const t = h.issue('KTP');
    h.clock.advance(12);
    callNext(1);
    h.clock.advance(1);
    expect(h.call('tickets.start', { counter: 1, ticketId: t.id }).state).toBe('serving');
    h.clock.advance(4);
    const done = h.call('tickets.finish', { counter: 1, ticketId: t.id });
    expect(done.state).toBe('done');
    const c = h.store.daily.forDate('2026-11-30');
    expect(c.get('tickets.served.KTP.regular')).toBe(1);
    expect(c.get('wait.sum_s.KTP')).toBe(12 * 60);
    expect(c.get('wait.hist.KTP.le15')).toBe(1);
    expect(c.get('service.sum_s.KTP')).toBe(4 * 60);
    expect(h.store.ticketEvents.forTicket(t.id).map((e) => e.type)).toEqual(['issued', 'called', 'start', 'finish']);
  });

  it('refuses an action in the wrong state and changes nothing', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    const t = h.issue('KTP');
    callNext(1);
    const before = h.store.ticketEvents.forTicket(t.id).length;
    const out = h.fail('tickets.finish', { counter: 1, ticketId: t.id });
    expect(out.status).toBe(409);
    expect(out.error.code).toBe('wrong_state');
    expect(out.error.message).toMatch(/A-001 is called/);
    expect(h.call('tickets.get', { ticketId: t.id }).state).toBe('called');
    expect(h.store.ticketEvents.forTicket(t.id)).toHaveLength(before);
  });

  it("refuses to act on another counter's ticket", () => {
    h = new OfficeHarness();
    h.openCounters(1, 2);
    const t = h.issue('KTP');
    callNext(1);
    const out = h.fail('tickets.start', { counter: 2, ticketId: t.id });
    expect(out.error.code).toBe('forbidden');
    expect(out.error.message).toContain('Loket 1');
  });

  it('marks a no-show and frees the counter', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    const t = h.issue('KTP');
    h.issue('KTP');
    callNext(1);
    expect(h.call('tickets.noShow', { counter: 1, ticketId: t.id }).state).toBe('no_show');
    expect(callNext(1)?.label).toBe('A-002');
    expect(h.store.daily.forDate('2026-11-30').get('tickets.no_show.KTP.regular')).toBe(1);
  });

  it('holds a ticket, frees the counter, and lets the same counter call it again', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    const t = h.issue('KTP');
    const other = h.issue('KTP');
    callNext(1);
    h.call('tickets.start', { counter: 1, ticketId: t.id });
    expect(h.call('tickets.hold', { counter: 1, ticketId: t.id }).state).toBe('held');
    expect(h.call('queue.snapshot', {}).services[0]?.held.map((x) => x.label)).toEqual(['A-001']);
    expect(callNext(1)?.id).toBe(other.id);
    expect(h.fail('tickets.resume', { counter: 1, ticketId: t.id }).error.code).toBe('counter_busy');
    h.call('tickets.noShow', { counter: 1, ticketId: other.id });
    expect(h.call('tickets.resume', { counter: 1, ticketId: t.id }).state).toBe('called');
  });

  it('transfers a ticket: it keeps its number and joins the back of the other queue, or the front', () => {
    h = new OfficeHarness();
    h.openCounters(1, 2);
    const kk1 = h.issue('KK');
    const kk2 = h.issue('KK');
    const t = h.issue('KTP');
    callNext(1);
    const moved = h.call('tickets.transfer', { counter: 1, ticketId: t.id, toService: 'KK' });
    expect(moved).toMatchObject({ label: 'A-001', serviceCode: 'KK', state: 'waiting', counterNumber: null });
    expect(h.call('queue.snapshot', {}).services.find((s) => s.code === 'KK')?.waiting.map((x) => x.id)).toEqual([kk1.id, kk2.id, t.id]);

    const u = h.issue('KTP');
    callNext(1);
    h.call('tickets.transfer', { counter: 1, ticketId: u.id, toService: 'KK', toFront: true });
    expect(h.call('queue.snapshot', {}).services.find((s) => s.code === 'KK')?.waiting[0]?.id).toBe(u.id);
    expect(h.call('counters.callNext', { counter: 2 }).ticket?.label).toBe('A-002');
  });

  it('refuses pausing a counter that still has a called ticket', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    h.issue('KTP');
    callNext(1);
    expect(h.fail('counters.pause', { counter: 1, reason: 'istirahat' }).error.code).toBe('counter_busy');
  });

  it('closes tickets left open at the end of the day as unserved and starts counters closed', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    const t = h.issue('KTP');
    h.issue('KTP');
    callNext(1);
    h.clock.advance(24 * 60);
    expect(h.issue('KTP').label).toBe('A-001');
    expect(h.call('tickets.get', { ticketId: t.id }).state).toBe('cancelled');
    expect(h.store.daily.forDate('2026-11-30').get('tickets.unserved_at_close.KTP.regular')).toBe(2);
    const snap = h.call('queue.snapshot', {});
    expect(snap.counters.find((c) => c.number === 1)).toMatchObject({ state: 'closed', current: null });
    expect(snap.services[0]?.waiting.map((x) => x.label)).toEqual(['A-001']);
  });
});

describe('estimated wait', () => {
  it('uses the configured duration before there is history, and the recent median after', () => {
    h = new OfficeHarness();
    expect(h.issue('KTP').estimatedWaitMinutes).toBeNull();
    h.openCounters(1);
    // 1 person ahead × 5 min default ÷ 1 open counter
    expect(h.issue('KTP')).toMatchObject({ aheadCount: 1, estimatedWaitMinutes: 5 });
    for (const minutes of [2, 2, 3, 3, 3]) {
      const t = callNext(1)!;
      h.call('tickets.start', { counter: 1, ticketId: t.id });
      h.clock.advance(minutes);
      h.call('tickets.finish', { counter: 1, ticketId: t.id });
      h.issue('KTP');
    }
    const waiting = h.call('queue.snapshot', {}).services[0]!.waiting.length;
    // median of [2,2,3,3,3] = 3 min; two open counters halve it
    h.openCounters(2);
    expect(h.issue('KTP')).toMatchObject({ aheadCount: waiting, estimatedWaitMinutes: Math.ceil((waiting * 3) / 2) });
  });

  it('puts a priority visitor behind only the priority tickets already waiting', () => {
    h = new OfficeHarness();
    h.issue('KTP');
    h.issue('KTP');
    h.issue('KTP', 'disabilitas');
    expect(h.issue('KTP', 'lansia').aheadCount).toBe(1);
  });
});

describe('calling order in a building of several agencies', () => {
  // Dukcapil keeps the building's priority-first rule; Samsat lets a regular visitor through after each priority call.
  const building = () =>
    mppConfig({
      agencies: [
        { id: 'DUKCAPIL', name: { id: 'Dinas Dukcapil', en: 'Civil Registry' }, shortName: 'Dukcapil' },
        { id: 'SAMSAT', name: { id: 'Samsat Kota Kupang', en: 'Vehicle Tax Office' }, shortName: 'Samsat', priorityPolicy: { mode: 'ratio', priorityPerRegular: 1 } },
      ],
    });

  function drain(counter: number, times: number): string[] {
    const called: string[] = [];
    for (let i = 0; i < times; i++) {
      const t = callNext(counter)!;
      called.push(t.label);
      h.call('tickets.noShow', { counter, ticketId: t.id });
    }
    return called;
  }

  it("calls by each agency's own priority policy at its counters", () => {
    h = new OfficeHarness(building());
    h.openCounters(1, 3);
    const ktp = [h.issue('KTP'), h.issue('KTP', 'lansia'), h.issue('KTP', 'lansia')];
    const pkb = [h.issue('PKB'), h.issue('PKB', 'lansia'), h.issue('PKB', 'lansia')];
    expect(drain(1, 3)).toEqual([ktp[1]!.label, ktp[2]!.label, ktp[0]!.label]);
    expect(drain(3, 3)).toEqual([pkb[1]!.label, pkb[0]!.label, pkb[2]!.label]);
  });

  it("follows the building's policy for an agency without its own", () => {
    h = new OfficeHarness(mppConfig({ priority: { policy: { mode: 'ratio', priorityPerRegular: 1 } } }));
    h.openCounters(3);
    const pkb = [h.issue('PKB'), h.issue('PKB', 'anak'), h.issue('PKB', 'anak')];
    expect(drain(3, 3)).toEqual([pkb[1]!.label, pkb[0]!.label, pkb[2]!.label]);
  });
});
