import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';

let h: OfficeHarness;
afterEach(() => h.close());

describe('closing a counter that holds a ticket', () => {
  it('is refused, naming the held ticket, since only that counter could call it again', () => {
    h = new OfficeHarness();
    h.openCounters(1);
    const t = h.issue('KTP');
    h.call('counters.callNext', { counter: 1 });
    h.call('tickets.hold', { counter: 1, ticketId: t.id });
    const refused = h.fail('counters.close', { counter: 1 });
    expect(refused.error).toMatchObject({ code: 'counter_busy' });
    expect(refused.error.message).toContain(t.label);
    expect(h.call('tickets.get', { ticketId: t.id }).state).toBe('held');

    h.call('tickets.resume', { counter: 1, ticketId: t.id });
    h.call('tickets.noShow', { counter: 1, ticketId: t.id });
    expect(h.call('counters.close', { counter: 1 }).state).toBe('closed');
  });
});
