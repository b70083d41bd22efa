import { describe, expect, it } from 'vitest';
import { bookableDays, checkInWindow, daySlots, slotCapacity } from '../../../src/shared/booking/slots';
import { standardsDocument, type StandardsDocument } from '../../../src/shared/booking/standards';
import { formatBookingCode, normalizeBookingCode, parseSignedBooking } from '../../../src/shared/booking/bookingCode';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import { oeboboConfig, standardsOf } from '../../integration/booking/bookingFixtures';

const doc = standardsOf(oeboboConfig());

describe('slot arithmetic', () => {
  it("splits a counter's time evenly between the services it serves, then takes the booking share of the visitors it serves", () => {
    // KTP: counter 1 (30 min) + half of counter 2 (15 min) = 45 min; × 0.5 / 6 min = 3.75 → 3.
    expect(slotCapacity(doc, 'KTP')).toBe(3);
    expect(slotCapacity(doc, 'AKTA')).toBe(10);
    expect(slotCapacity(doc, 'KK')).toBe(0);
    expect(slotCapacity(doc, 'NONE')).toBe(0);
    // 30 × 0.3 / 0.9 is 9.999… in floating point: still 10 seats.
    const exact: StandardsDocument = { ...doc, services: doc.services.map((s) => (s.code === 'AKTA' ? { ...s, bookingShare: 0.3, serviceMinutes: 0.9 } : s)) };
    expect(slotCapacity(exact, 'AKTA')).toBe(10);
  });

  it('cuts each opening range into whole slots from its start and drops a partial last one', () => {
    expect(daySlots(doc, 'KTP', '2026-12-01').map((s) => s.time)).toEqual(
      ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:00', '13:30', '14:00', '14:30'],
    );
    const odd = standardsOf(oeboboConfig({ office: { ...oeboboConfig().office, openingHours: { tue: ['07:45-09:00'] } } }));
    expect(daySlots(odd, 'KTP', '2026-12-01').map((s) => s.time)).toEqual(['07:45', '08:15']);
    expect(daySlots(doc, 'KTP', '2026-12-25')).toEqual([]);
    expect(daySlots(doc, 'KTP', '2026-12-05')).toEqual([]);
  });

  it("uses a service's own hours over the office's", () => {
    const config = oeboboConfig();
    config.services = config.services.map((s) => (s.code === 'AKTA' ? { ...s, openingHours: { tue: ['10:00-11:00'] } } : s));
    expect(daySlots(standardsOf(config), 'AKTA', '2026-12-01').map((s) => s.time)).toEqual(['10:00', '10:30']);
  });

  it("offers a van only at its published stops, with the stop's place", () => {
    const van = standardsOf(
      oeboboConfig({
        office: { ...oeboboConfig().office, id: 'van-1' },
        booking: { stops: [{ date: '2026-12-02', hours: '09:00-10:00', place: 'Desa Oelnasi, balai desa' }, { date: '2026-12-02', hours: '13:00-14:00', place: 'Desa Noelbaki' }] },
      }),
    );
    expect(daySlots(van, 'KTP', '2026-12-01')).toEqual([]);
    expect(daySlots(van, 'KTP', '2026-12-02')).toEqual([
      { time: '09:00', place: 'Desa Oelnasi, balai desa' },
      { time: '09:30', place: 'Desa Oelnasi, balai desa' },
      { time: '13:00', place: 'Desa Noelbaki' },
      { time: '13:30', place: 'Desa Noelbaki' },
    ]);
  });

  it('opens check-in before the slot and closes it after, in the office time zone; days run from today', () => {
    expect(checkInWindow('2026-12-01', '09:00', 'Asia/Makassar', { checkInBeforeMinutes: 30, checkInAfterMinutes: 15 })).toEqual({
      opensAt: Date.UTC(2026, 11, 1, 0, 30),
      closesAt: Date.UTC(2026, 11, 1, 1, 15),
    });
    // 23:30 UTC on 30 November is 07:30 on 1 December in Kupang.
    expect(bookableDays(doc, Date.UTC(2026, 10, 30, 23, 30)).slice(0, 2)).toEqual(['2026-12-01', '2026-12-02']);
    expect(bookableDays(doc, Date.UTC(2026, 10, 30, 23, 30))).toHaveLength(14);
  });
});

describe('service standards in the office configuration', () => {
  it('names the field that is wrong', () => {
    const config = oeboboConfig();
    config.services = config.services.map((s) => (s.code === 'KTP' ? { ...s, bookingShare: 1.5, standards: { requirements: [{ id: 'KK', en: '' }], costRupiah: -1 } } : s));
    const result = parseOfficeConfig(config);
    expect(result.ok ? [] : result.problems).toEqual([
      'services[0].standards.requirements[0].en: the English text is empty',
      'services[0].standards.costRupiah: Too small: expected number to be >=0',
      'services[0].bookingShare: Too big: expected number to be <=1',
    ]);
  });

  it('pushes only what the city needs: no counter names, each service with its standards', () => {
    expect(standardsDocument.parse(doc)).toEqual(doc);
    expect(doc.counters).toEqual([{ services: ['KTP'] }, { services: ['KTP', 'KK'] }, { services: ['AKTA'] }]);
    expect(doc.services[0]).toMatchObject({ code: 'KTP', serviceMinutes: 6, bookingShare: 0.5, costRupiah: 0, processingTime: { id: 'Selesai di tempat', en: 'Done on the spot' } });
    expect(doc.services[1]).toMatchObject({ code: 'KK', bookingShare: 0, requirements: [], costRupiah: 0 });
  });
});

describe('booking codes', () => {
  it('reads a typed code however it is spaced or cased, and refuses look-alike letters', () => {
    expect(normalizeBookingCode(' k7qm-3zpa ')).toBe('K7QM3ZPA');
    expect(formatBookingCode('K7QM3ZPA')).toBe('K7QM-3ZPA');
    expect(normalizeBookingCode('K7QM-3ZP0')).toBeNull();
    expect(normalizeBookingCode('K7QM3ZP')).toBeNull();
  });

  it('parses the signed form into its claim', () => {
    const sig = 'A'.repeat(86);
    expect(parseSignedBooking(`LB1.kel-oebobo.KTP.2026-12-01.09:00.K7QM3ZPA.${sig}`)).toEqual({
      claim: { officeId: 'kel-oebobo', serviceCode: 'KTP', day: '2026-12-01', slot: '09:00', code: 'K7QM3ZPA' },
      message: 'LB1.kel-oebobo.KTP.2026-12-01.09:00.K7QM3ZPA',
      signature: sig,
    });
    expect(parseSignedBooking(`LB1.kel-oebobo.KTP.2026-12-01.24:00.K7QM3ZPA.${sig}`)).toBeNull();
  });
});
