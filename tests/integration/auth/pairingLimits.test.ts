import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { OfficeHarness } from '../../helpers/officeHarness';

let h: OfficeHarness;
beforeEach(() => {
  h = new OfficeHarness();
});
afterEach(() => h.close());

const from = (source: string): Caller => ({ role: null, via: 'lan', source });
const request = (caller: Caller, label = 'TV') => h.dispatcher.dispatch('devices.pairRequest', { role: 'display', label }, caller);

describe('pairing requests', () => {
  it('from one flooding address never keep another address from pairing', async () => {
    const flood = from('10.0.0.66');
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await request(flood));
    expect(answers.filter((a) => a.ok)).toHaveLength(10);
    expect(answers[10]).toMatchObject({ ok: false, status: 429, error: { code: 'locked', params: { retryAfterSeconds: 600 } } });

    const tv = h.call('devices.pairRequest', { role: 'display', label: 'TV lantai 2' }, from('10.0.0.20'));
    expect(h.call('devices.approve', { code: tv.code })).toEqual({ role: 'display', label: 'TV lantai 2' });
    expect(h.call('devices.pairStatus', { requestId: tv.requestId }, from('10.0.0.20')).status).toBe('approved');

    // The flood is in the security log, as one entry with its count.
    expect(h.security.recent().events.map((e) => [e.kind, e.source, e.count])).toEqual([['pairing_refused', '10.0.0.66', 40]]);
  });

  it('keep at most three codes per address: a new request replaces that address\'s oldest code', () => {
    const pc = from('10.0.0.30');
    const codes = [1, 2, 3, 4].map((n) => h.call('devices.pairRequest', { role: 'display', label: `TV ${n}` }, pc));
    expect(h.call('devices.pairStatus', { requestId: codes[0]!.requestId }, pc).status).toBe('expired');
    for (const c of codes.slice(1)) expect(h.call('devices.pairStatus', { requestId: c.requestId }, pc).status).toBe('pending');
    expect(h.fail('devices.approve', { code: codes[0]!.code }).status).toBe(404);
  });

  it('from an address are allowed again once its window has passed', async () => {
    const pc = from('10.0.0.40');
    for (let i = 0; i < 10; i++) expect((await request(pc)).ok).toBe(true);
    expect((await request(pc)).ok).toBe(false);
    h.clock.advance(10);
    expect((await request(pc)).ok).toBe(true);
  });
});
