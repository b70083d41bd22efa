import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';

let h: OfficeHarness;
afterEach(() => h.close());

describe('the API dispatcher', () => {
  it('refuses a state change without a credential and changes nothing', async () => {
    h = new OfficeHarness();
    const out = await h.failAsync('tickets.issue', { serviceCode: 'KTP' }, { role: null, via: 'lan' });
    expect(out.status).toBe(401);
    expect(h.call('office.overview', {}).services[0]?.issuedToday).toBe(0);
  });

  it('lets public reads through without a credential', async () => {
    h = new OfficeHarness();
    const out = await h.dispatcher.dispatch('office.overview', {}, { role: null, via: 'lan' });
    expect(out.ok).toBe(true);
  });

  it('refuses a role that may not call the method', () => {
    h = new OfficeHarness();
    const out = h.fail('counters.callNext', { counter: 1 }, { role: 'kiosk', via: 'lan' });
    expect(out.status).toBe(403);
  });

  it('binds a counter session to its own counter', async () => {
    h = new OfficeHarness();
    h.openCounters(1, 2);
    const out = h.fail('counters.callNext', { counter: 2 }, { role: 'counter', counter: 1, via: 'lan' });
    expect(out.status).toBe(403);
    expect(out.error.message).toContain('counter 1');
    expect((await h.dispatcher.dispatch('counters.callNext', { counter: 1 }, { role: 'counter', counter: 1, via: 'lan' })).ok).toBe(true);
  });

  it('answers bad input with 400 and a message naming each field', async () => {
    h = new OfficeHarness();
    const out = await h.failAsync('tickets.issue', { serviceCode: 'ktp', priorityReason: 'vip', extra: 1 }, { role: 'kiosk', via: 'lan' });
    expect(out.status).toBe(400);
    expect(out.error.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^serviceCode: /),
        expect.stringMatching(/^priorityReason: must be one of disabilitas/),
        expect.stringMatching(/extra/),
      ]),
    );
  });

  it('answers an unknown method with 404', () => {
    h = new OfficeHarness();
    expect(h.fail('tickets.teleport', {}).status).toBe(404);
  });

  it('refuses a priority reason on a service that offers none', async () => {
        h = new OfficeHarness(
      testConfig({
        services: [{ code: 'KTP', name: { id: 'KTP-el', en: 'ID' }, prefix: 'A', priorityOffered: false }],
        counters: [{ number: 1, name: 'Loket 1', services: ['KTP'] }],
      }),
    );
    expect((await h.failAsync('tickets.issue', { serviceCode: 'KTP', priorityReason: 'lansia' })).status).toBe(400);
  });
});
