import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';

/**
 * The kiosk's counts and a new ticket's place come from per-class counts kept in each change's transaction,
 * and a call reads only the heads of the queues (#18 point 6): they must agree with the queue itself.
 */
let h: OfficeHarness;
afterEach(() => h.close());

function callNext(counter: number) {
  return h.call('counters.callNext', { counter }).ticket;
}

/** The kiosk's waiting count of every service equals the supervisor's list of who waits. */
function expectOverviewMatchesQueue(): void {
  const snapshot = h.call('queue.snapshot', {});
  const listed = Object.fromEntries(snapshot.services.map((s) => [s.code, s.waiting.length]));
  const counted = Object.fromEntries(h.call('office.overview', {}).services.map((s) => [s.code, s.waiting]));
  expect(counted).toEqual(listed);
}

/** A new ticket is told exactly how many people stand before it in the supervisor's list. */
function issueAndCheckPlace(serviceCode: string, priorityReason?: 'lansia'): string {
  const t = h.issue(serviceCode, priorityReason);
  const queue = h.call('queue.snapshot', {}).services.find((s) => s.code === serviceCode)!.waiting;
  expect(t.aheadCount).toBe(queue.findIndex((w) => w.id === t.id));
  expectOverviewMatchesQueue();
  return t.id;
}

describe('a queue whose cost does not grow with its length', () => {
  it('keeps the kiosk counts and each new ticket’s place equal to the queue through calls, holds, transfers and cancels', () => {
    h = new OfficeHarness();
    h.openCounters(1, 2, 3);
    for (let i = 0; i < 4; i++) {
      issueAndCheckPlace('KTP');
      issueAndCheckPlace('KK', i % 2 === 0 ? 'lansia' : undefined);
      h.clock.advance(1);
    }
    issueAndCheckPlace('KTP', 'lansia');

    const held = callNext(2)!;
    h.call('tickets.hold', { counter: 2, ticketId: held.id });
    expectOverviewMatchesQueue();
    const moved = callNext(1)!;
    h.call('tickets.transfer', { counter: 1, ticketId: moved.id, toService: 'KK', toFront: true });
    expectOverviewMatchesQueue();
    issueAndCheckPlace('KK');
    issueAndCheckPlace('KK', 'lansia');
    const missing = callNext(3)!;
    h.call('tickets.noShow', { counter: 3, ticketId: missing.id });
    h.call('tickets.cancel', { ticketId: issueAndCheckPlace('KTP'), reason: 'visitor left' });
    expectOverviewMatchesQueue();
    h.call('tickets.resume', { counter: 2, ticketId: held.id });
    expectOverviewMatchesQueue();

    // A new day closes yesterday's queue: nobody waits until the first number of the day.
    h.clock.advance(24 * 60);
    expect(h.call('office.overview', {}).services.map((s) => s.waiting)).toEqual([0, 0, 0]);
    issueAndCheckPlace('KTP');
    expect(h.call('office.overview', {}).services.find((s) => s.code === 'KTP')).toMatchObject({ waiting: 1, issuedToday: 1 });
  });

  it('calls across the services a counter serves in one order, letting the oldest regular through under the ratio policy', () => {
    h = new OfficeHarness(testConfig({ priority: { policy: { mode: 'ratio', priorityPerRegular: 2 } } }));
    h.openCounters(2);
    const r1 = h.issue('KK');
    h.clock.advance(1);
    const p1 = h.issue('KTP', 'lansia');
    h.clock.advance(1);
    const p2 = h.issue('KK', 'lansia');
    h.clock.advance(1);
    const r2 = h.issue('KTP');
    h.clock.advance(1);
    const p3 = h.issue('KTP', 'lansia');
    const called: string[] = [];
    for (let t = callNext(2); t; t = callNext(2)) {
      called.push(t.label);
      h.call('tickets.noShow', { counter: 2, ticketId: t.id });
    }
    expect(called).toEqual([p1.label, p2.label, r1.label, p3.label, r2.label]);
  });
});
