import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { MONDAY_9AM_KUPANG } from '../../helpers/fakeClock';
import { testConfig } from '../../helpers/testConfig';

let h: OfficeHarness;
afterEach(() => h.close());

describe('ticket numbers', () => {
  it('counts per service and service day, with the service prefix', () => {
    h = new OfficeHarness();
    expect(h.issue('KTP').label).toBe('A-001');
    expect(h.issue('KTP').label).toBe('A-002');
    expect(h.issue('KK').label).toBe('B-001');
    expect(h.issue('KTP').label).toBe('A-003');
  });

  it('starts again at 1 on the next local day, decided in the office time zone', () => {
    h = new OfficeHarness();
    h.issue('KTP');
    h.issue('KTP');
    // 23:59 in Kupang is 15:59 UTC the same calendar day: still the same service day.
    h.clock.set(Date.UTC(2026, 10, 30, 15, 59));
    expect(h.issue('KTP').label).toBe('A-003');
    // 00:01 in Kupang on Tuesday.
    h.clock.set(Date.UTC(2026, 10, 30, 16, 1));
    const t = h.issue('KTP');
    expect(t.label).toBe('A-001');
    expect(t.serviceDate).toBe('2026-12-01');
  });

  it('never reuses a number when the clock jumps back to an earlier day', () => {
    h = new OfficeHarness();
    h.issue('KTP');
    h.issue('KTP');
    h.clock.set(MONDAY_9AM_KUPANG - 3 * 24 * 3600_000);
    const afterJump = h.issue('KTP');
    expect(afterJump.label).toBe('A-003');
    expect(afterJump.serviceDate).toBe('2026-11-30');
    h.clock.set(Date.UTC(2000, 0, 1));
    expect(h.issue('KTP').label).toBe('A-004');
  });

  it('keeps numbering across a restart', () => {
    h = new OfficeHarness();
    h.issue('KTP');
    h.reopen();
    expect(h.issue('KTP').label).toBe('A-002');
  });

  it('is protected by a unique index, not only by code', () => {
    h = new OfficeHarness();
    const t = h.issue('KTP');
    const row = h.store.db.prepare('SELECT * FROM tickets WHERE id = ?').get(t.id) as Record<string, unknown>;
    const dup = h.store.db.prepare(
      `INSERT INTO tickets (id, service_date, issued_service, prefix, number, service_code, state, enqueued_at, enqueue_seq, issued_at)
       VALUES ('00000000-0000-4000-8000-000000000000', @service_date, @issued_service, @prefix, @number, @service_code, 'waiting', 0, 999, 0)`,
    );
    expect(() => dup.run(row)).toThrow(/UNIQUE constraint failed/);
  });

  it('records the issue in the event log and the daily counters in the same change', () => {
    h = new OfficeHarness();
    const t = h.issue('KTP', 'lansia');
    expect(h.store.ticketEvents.forTicket(t.id).map((e) => e.type)).toEqual(['issued']);
    const counters = h.store.daily.forDate('2026-11-30');
    expect(counters.get('tickets.issued.KTP.lansia')).toBe(1);
    h.issue('KTP');
    expect(h.store.daily.forDate('2026-11-30').get('tickets.issued.KTP.regular')).toBe(1);
  });
});

describe('availability', () => {
  it('refuses a service whose quota is reached, and changes nothing', async () => {
    h = new OfficeHarness();
    h.issue('AKTA');
    h.issue('AKTA');
    const out = await h.failAsync('tickets.issue', { serviceCode: 'AKTA' });
    expect(out.status).toBe(409);
    expect(out.error.code).toBe('quota_reached');
    expect(h.call('office.overview', {}).services.find((s) => s.code === 'AKTA')).toMatchObject({
      availability: 'full',
      issuedToday: 2,
      waiting: 2,
    });
  });

  it('refuses a closed service outside its opening hours', async () => {
    h = new OfficeHarness(
      testConfig({
        office: { id: 'x1', name: 'Kantor', openingHours: { mon: ['08:00-12:00'] } },
      }),
      Date.UTC(2026, 10, 30, 5, 0), // 13:00 Monday in Kupang
    );
    const out = await h.failAsync('tickets.issue', { serviceCode: 'KTP' });
    expect(out.error.code).toBe('service_closed');
    expect(h.call('office.overview', {}).services[0]?.availability).toBe('closed');
    h.clock.set(Date.UTC(2026, 10, 30, 1, 0)); // 09:00
    expect(h.issue('KTP').label).toBe('A-001');
  });

  it('treats a configured closed date as closed all day', async () => {
    const allDay = ['00:00-24:00'];
    h = new OfficeHarness(
      testConfig({
        office: { id: 'x2', name: 'Kantor', openingHours: { mon: allDay }, closedDates: ['2026-11-30'] },
      }),
    );
    expect((await h.failAsync('tickets.issue', { serviceCode: 'KTP' })).error.code).toBe('service_closed');
  });

  it('refuses an unknown service code', async () => {
    h = new OfficeHarness();
    const out = await h.failAsync('tickets.issue', { serviceCode: 'PASPOR' });
    expect(out.status).toBe(404);
    expect(out.error.message).toContain('PASPOR');
  });
});

describe('an office that serves past midnight', () => {
  it('keeps a ticket issued before midnight on the same service day until the configured day start', () => {
    const base = testConfig();
    h = new OfficeHarness({ ...base, office: { ...base.office, dayStartsAt: '04:00' } }, Date.UTC(2026, 10, 30, 15, 50));
    h.openCounters(1);
    const late = h.issue('KTP'); // 23:50 in Kupang
    h.clock.set(Date.UTC(2026, 10, 30, 16, 10)); // 00:10 the next calendar day
    expect(h.call('counters.callNext', { counter: 1 }).ticket?.id).toBe(late.id);
    expect(h.issue('KTP')).toMatchObject({ label: 'A-002', serviceDate: '2026-11-30' });
    h.clock.set(Date.UTC(2026, 10, 30, 20, 1)); // 04:01
    expect(h.issue('KTP')).toMatchObject({ label: 'A-001', serviceDate: '2026-12-01' });
  });
});
