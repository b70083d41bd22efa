import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import type { CityServer } from '../../../src/server/cityServer';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import type { MethodOutput } from '../../../src/shared/api/contract';
import { SyncStore } from '../../../src/main/sync/syncStore';
import { OfficeHarness } from '../../helpers/officeHarness';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { startInstance } from '../server/instances';
import { FaultProxy } from '../sync/faultProxy';
import { bookableOffice, oeboboConfig } from './bookingFixtures';

/**
 * The office side of a booking, against a real city server: the office pushes its standards and pulls its
 * lists with its sync, residents book on the city's public API, and the kiosk checks them in, with the
 * network up and cut. Monday 30 November 2026 in Kupang (UTC+8); slots of 30 minutes, check-in from 30
 * minutes before to 15 after; KTP 3 seats a slot, AKTA 10 (AKTA's walk-in quota here: 1 a day).
 */
const KUPANG = (hhmm: string, day = 30) => Date.UTC(2026, 10, day, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const TODAY = '2026-11-30';
const TOMORROW = '2026-12-01';
const KIOSK: Caller = { role: 'kiosk', via: 'test' };

const config = (() => {
  const input = oeboboConfig();
  input.services = input.services.map((s) => (s.code === 'AKTA' ? { ...s, dailyQuota: 1 } : s));
  const parsed = parseOfficeConfig(input);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.config;
})();

interface Booked {
  code: string;
  signed: string;
}

describe.each(BACKENDS)('checking bookings in at the office (%s)', (backend) => {
  let city: CityServerHarness;
  /** The public side, behind one trusted proxy: each resident has an address of their own. */
  let pub: CityServer;
  /** Between the office and the city: the network the test cuts. */
  let proxy: FaultProxy;
  let h: OfficeHarness;
  let residents = 0;
  const b: Record<string, Booked> = {};

  /** The office's clock and the city's move together. */
  const at = (hhmm: string) => {
    h.clock.set(KUPANG(hhmm));
    city.nowMs = KUPANG(hhmm);
  };

  async function book(key: string, serviceCode: string, day: string, slot: string, officeId = 'kel-oebobo'): Promise<void> {
    const res = await fetch(`${pub.url}/api/public/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${++residents}` },
      body: JSON.stringify({ officeId, serviceCode, day, slot }),
    });
    const json = (await res.json()) as Booked;
    expect(res.status, JSON.stringify(json)).toBe(200);
    b[key] = json;
  }

  const checkIn = (code: string, extra: { priorityReason?: 'lansia' } = {}) => h.callAsync('booking.checkIn', { code, ...extra }, KIOSK);
  const refusal = async (code: string) => {
    const out = await h.failAsync('booking.checkIn', { code }, KIOSK);
    return { status: out.status, ...out.error };
  };
  const walkIn = (serviceCode: string, priorityReason?: 'lansia') => h.callAsync('tickets.issue', { serviceCode, ...(priorityReason ? { priorityReason } : {}) }, KIOSK);
  const waitingLabels = (serviceCode: string) => h.call('queue.snapshot', {}).services.find((s) => s.code === serviceCode)?.waiting.map((t) => t.label);
  const today = () => h.call('bookings.day', {});
  const row = (day: MethodOutput<'bookings.day'>, code: string) => day.rows.find((r) => r.code === code);
  const typed = (code: string) => `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, KUPANG('07:40'));
    pub = await startInstance(city.db, { now: () => city.nowMs, trustedProxies: 1 });
    proxy = await new FaultProxy(city.url).start();
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
    await bookableOffice(city, oeboboConfig({ office: { ...oeboboConfig().office, id: 'kel-lain', name: 'Kelurahan Lain' } }));
    h = new OfficeHarness(config, KUPANG('07:40'));
    await h.callAsync('sync.enrol', { serverUrl: proxy.url, code: await city.enrolmentCode('kel-oebobo') });
  }, 30_000);
  afterAll(async () => {
    h?.close();
    await proxy?.close();
    await pub?.close();
    await city?.close();
  });

  it('gives an office enrolled before bookings existed the city key at its next pull; without it no QR can be checked', async () => {
    const syncStore = new SyncStore(h.store);
    const { bookingKey, ...enrolledBefore } = syncStore.enrolment()!;
    expect(bookingKey).toMatch(/^MCowBQYDK2VwAyEA/);
    syncStore.saveEnrolment(enrolledBefore, null);
    expect(today()).toEqual({ day: TODAY, pulledAt: null, cityKeyKnown: false, rows: [] });
    const signed = 'LB1.kel-oebobo.KTP.2026-11-30.08:30.K7QM3ZPA.' + 'A'.repeat(86);
    expect(await refusal(signed)).toMatchObject({ code: 'booking_refused', params: { reason: 'no_city_key' } });
    expect((await h.callAsync('sync.pushNow', {})).ok).toBe(true);
    expect(today()).toMatchObject({ cityKeyKnown: true, pulledAt: KUPANG('07:40') });
    expect(syncStore.enrolment()?.bookingKey).toBe(bookingKey);
    expect(await refusal(signed)).toMatchObject({ params: { reason: 'bad_signature' } });
  });

  it('pushes its service standards with its sync (once per change) and pulls the day lists, cancellations included', async () => {
    const offices = (await (await fetch(`${city.url}/api/public/v1/booking/offices`)).json()) as { offices: { officeId: string; services: { code: string; bookable: boolean }[] }[] };
    const oebobo = offices.offices.find((o) => o.officeId === 'kel-oebobo');
    expect(oebobo?.services.filter((s) => s.bookable).map((s) => s.code)).toEqual(['KTP', 'AKTA']);
    expect(today()).toMatchObject({ pulledAt: KUPANG('07:40'), rows: [] });

    at('07:50');
    await book('early', 'KTP', TODAY, '08:30');
    await book('late', 'KTP', TODAY, '09:00');
    await book('priority', 'KTP', TODAY, '09:30');
    await book('missed', 'AKTA', TODAY, '08:00');
    await book('soon', 'AKTA', TODAY, '09:00');
    await book('tomorrow', 'KTP', TOMORROW, '09:00');
    await book('elsewhere', 'AKTA', TODAY, '08:30', 'kel-lain');
    await book('cancelled', 'AKTA', TODAY, '08:30');
    await book('typed', 'AKTA', TODAY, '08:30');
    const cancel = await fetch(`${pub.url}/api/public/v1/bookings/${b.cancelled!.code}/cancel`, { method: 'POST', headers: { 'x-forwarded-for': '198.51.100.200' } });
    expect(cancel.status).toBe(200);

    at('07:55');
    expect((await h.callAsync('sync.pushNow', {})).ok).toBe(true);
    const day = today();
    expect(day.pulledAt).toBe(KUPANG('07:55'));
    expect(day.rows.map((r) => [r.slot, r.code])).toEqual(
      [
        ['08:00', b.missed!.code],
        ['08:30', b.early!.code],
        ['08:30', b.cancelled!.code],
        ['08:30', b.typed!.code],
        ['09:00', b.late!.code],
        ['09:00', b.soon!.code],
        ['09:30', b.priority!.code],
      ].sort((x, y) => (x[0]! + x[1]!).localeCompare(y[0]! + y[1]!)),
    );
    expect(row(day, b.cancelled!.code)).toMatchObject({ listed: true, cancelledAt: KUPANG('07:50'), checkedInAt: null, ticketLabel: null });
    // Unchanged standards are not sent again: the city still holds the first push.
    const [standards] = await city.db.query<{ received_at: Date }>("SELECT received_at FROM office_standards WHERE office_id = 'kel-oebobo'");
    expect(standards?.received_at.getTime()).toBe(KUPANG('07:40'));
  });

  it('refuses a forged QR, another office, another day and a slot not yet open, saying when it opens', async () => {
    at('08:01');
    // The same signature over a slot the resident typed in: the city never signed it.
    const forged = b.soon!.signed.replace('.09:00.', '.08:30.');
    expect(await refusal(forged)).toMatchObject({ status: 409, code: 'booking_refused', params: { reason: 'bad_signature' } });
    expect(await refusal(b.elsewhere!.signed)).toMatchObject({ code: 'booking_refused', params: { reason: 'other_office' } });
    expect(await refusal(b.tomorrow!.signed)).toMatchObject({ params: { reason: 'wrong_day', day: TOMORROW, slot: '09:00' } });
    expect(await refusal(b.soon!.signed)).toEqual({
      status: 409,
      code: 'booking_refused',
      message: `Booking ${b.soon!.code.slice(0, 4)}-${b.soon!.code.slice(4)} (AKTA ${TODAY} 09:00) is before its check-in window.`,
      params: { reason: 'too_early', serviceCode: 'AKTA', day: TODAY, slot: '09:00', opensAt: KUPANG('08:30'), closesAt: KUPANG('09:15') },
    });
    expect(await refusal('LB1.bukan-kode')).toMatchObject({ params: { reason: 'malformed' } });
    expect(waitingLabels('AKTA')).toEqual([]);
  });

  it('takes a typed short code from the pulled list, honours the booking past the walk-ins quota, and refuses one the resident cancelled', async () => {
    at('08:02');
    expect((await walkIn('AKTA')).label).toBe('C-001');
    expect((await h.failAsync('tickets.issue', { serviceCode: 'AKTA' }, KIOSK)).error.code).toBe('quota_reached');
    const typedIn = await checkIn(typed(b.typed!.code));
    expect(typedIn).toMatchObject({ label: 'C-002', booking: { code: b.typed!.code, slot: '08:30' } });
    expect(await refusal(b.cancelled!.signed)).toMatchObject({ params: { reason: 'cancelled', serviceCode: 'AKTA', slot: '08:30' } });
    expect(await refusal(b.cancelled!.code)).toMatchObject({ params: { reason: 'cancelled' } });
  });

  it('checks a signed QR in with the city unreachable; a typed code the office never pulled is refused; the next pull lists the check-in', async () => {
    at('08:03');
    await book('offline', 'AKTA', TODAY, '08:30');
    proxy.offline = true;
    const push = await h.callAsync('sync.pushNow', {});
    expect(push.error?.code).toBe('network');
    expect(await refusal(typed(b.offline!.code))).toMatchObject({ params: { reason: 'not_listed' } });
    const offline = await checkIn(b.offline!.signed);
    expect(offline).toMatchObject({ label: 'C-003', booking: { code: b.offline!.code } });
    expect(row(today(), b.offline!.code)).toEqual({ code: b.offline!.code, serviceCode: 'AKTA', slot: '08:30', listed: false, cancelledAt: null, checkedInAt: KUPANG('08:03'), ticketLabel: 'C-003' });
    // The lists pulled before stay: typed codes and cancellations are still known offline.
    expect(today().pulledAt).toBe(KUPANG('07:55'));
    expect(await refusal(b.cancelled!.code)).toMatchObject({ params: { reason: 'cancelled' } });

    proxy.offline = false;
    at('08:04');
    expect((await h.callAsync('sync.pushNow', {})).ok).toBe(true);
    const day = today();
    expect(day.pulledAt).toBe(KUPANG('08:04'));
    expect(row(day, b.offline!.code)).toEqual({ code: b.offline!.code, serviceCode: 'AKTA', slot: '08:30', listed: true, cancelledAt: null, checkedInAt: KUPANG('08:03'), ticketLabel: 'C-003' });
  });

  it("checks in a signed QR before its slot and places the ticket at the slot's start: earlier walk-ins ahead, later ones behind", async () => {
    at('08:05');
    const first = await walkIn('KTP');
    at('08:10');
    const booked = await checkIn(b.early!.signed);
    expect(booked).toMatchObject({
      label: 'A-002',
      serviceCode: 'KTP',
      state: 'waiting',
      aheadCount: 1,
      booking: { code: b.early!.code, serviceCode: 'KTP', day: TODAY, slot: '08:30', placedAt: KUPANG('08:30') },
      print: { outcome: 'none' },
    });
    at('08:20');
    const beforeSlot = await walkIn('KTP');
    expect(beforeSlot.aheadCount).toBe(1);
    at('08:35');
    const afterSlot = await walkIn('KTP');
    expect(afterSlot.aheadCount).toBe(3);
    expect(waitingLabels('KTP')).toEqual([first.label, beforeSlot.label, booked.label, afterSlot.label]);
  });

  it('uses a booking once: the second check-in is refused with the time of the first, and no second ticket is made', async () => {
    at('08:36');
    const tickets = waitingLabels('KTP');
    expect(await refusal(b.early!.signed)).toMatchObject({ params: { reason: 'already_used', slot: '08:30', firstCheckInAt: KUPANG('08:10') } });
    expect(await refusal(typed(b.early!.code))).toMatchObject({ params: { reason: 'already_used', firstCheckInAt: KUPANG('08:10') } });
    expect(waitingLabels('KTP')).toEqual(tickets);
  });

  it("refuses a slot whose window has closed with the booking's service and slot, so the kiosk can offer a normal ticket", async () => {
    at('08:36');
    expect(await refusal(b.missed!.signed)).toMatchObject({
      params: { reason: 'too_late', serviceCode: 'AKTA', slot: '08:00', opensAt: KUPANG('07:30'), closesAt: KUPANG('08:15') },
    });
  });

  it('places a late arrival at its slot, ahead of walk-ins who came after the slot began; Pasal 29 priority still comes first', async () => {
    at('09:05');
    const afterSlotStart = await walkIn('KTP');
    at('09:10');
    const late = await checkIn(b.late!.signed);
    // Ahead of it: the four KTP tickets that joined before 09:00 (the booked 08:30 one among them).
    expect(late).toMatchObject({ aheadCount: 4, booking: { placedAt: KUPANG('09:00') } });
    const priorityWalkIn = await walkIn('KTP', 'lansia');
    expect(priorityWalkIn.aheadCount).toBe(0);
    at('09:12');
    const priorityBooked = await checkIn(b.priority!.signed, { priorityReason: 'lansia' });
    expect(priorityBooked).toMatchObject({ priorityReason: 'lansia', aheadCount: 1, booking: { placedAt: KUPANG('09:30') } });
    const labels = waitingLabels('KTP')!;
    expect(labels.slice(0, 2)).toEqual([priorityWalkIn.label, priorityBooked.label]);
    expect(labels.slice(-2)).toEqual([late.label, afterSlotStart.label]);
  });

  it("shows the supervisor today's bookings with each check-in and ticket, the cancelled one and the one never checked in", async () => {
    at('09:13');
    expect((await h.callAsync('sync.pushNow', {})).ok).toBe(true);
    const day = today();
    expect(day).toMatchObject({ day: TODAY, pulledAt: KUPANG('09:13'), cityKeyKnown: true });
    const byCode = (key: string) => row(day, b[key]!.code);
    expect(byCode('early')).toMatchObject({ listed: true, checkedInAt: KUPANG('08:10'), ticketLabel: 'A-002' });
    expect(byCode('typed')).toMatchObject({ listed: true, checkedInAt: KUPANG('08:02'), ticketLabel: 'C-002' });
    expect(byCode('cancelled')).toMatchObject({ listed: true, cancelledAt: KUPANG('07:50'), checkedInAt: null, ticketLabel: null });
    expect(byCode('missed')).toMatchObject({ listed: true, checkedInAt: null, ticketLabel: null });
    expect(byCode('tomorrow')).toBeUndefined();
    expect(day.rows).toHaveLength(8);
  });
});
