import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookableDays, checkInWindow, daySlots, slotCapacity } from '../../../src/shared/booking/slots';
import { standardsDocument, standardsFromConfig, type StandardsDocument } from '../../../src/shared/booking/standards';
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

describe("the agencies in an office's standards document", () => {
  const text = (id: string, en: string) => ({ id, en });
  const mpp = standardsOf(
    oeboboConfig({
      agencies: [
        { id: 'DUKCAPIL', name: text('Dinas Kependudukan dan Pencatatan Sipil', 'Civil Registry'), shortName: 'Dukcapil', logo: 'dukcapil.png', runningText: text('Bawa KK', 'Bring your family card') },
        { id: 'SAMSAT', name: text('Samsat Kota Kupang', 'Vehicle Tax Office'), shortName: 'Samsat' },
      ],
      services: oeboboConfig().services.map((s) => ({ ...s, agency: s.code === 'AKTA' ? 'SAMSAT' : 'DUKCAPIL' })),
      counters: [
        { number: 1, name: 'Loket 1', services: ['KTP'], agency: 'DUKCAPIL' },
        { number: 2, name: 'Loket 2', services: ['KTP', 'KK'], agency: 'DUKCAPIL' },
        { number: 3, name: 'Loket 3', services: ['AKTA'], agency: 'SAMSAT' },
      ],
    }),
  );
  const problems = (value: unknown) => {
    const r = standardsDocument.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('leaves the document of an office without agencies exactly as it was before agencies, byte for byte', () => {
    // The JSON the office sent before agencies existed (key order included: the office hashes it to push only on change).
    const before =
      '{"version":1,"office":{"name":"Kelurahan Oebobo","address":"Jl. Frans Seda, Oebobo","timeZone":"Asia/Makassar",' +
      '"openingHours":{"mon":["08:00-12:00","13:00-15:00"],"tue":["08:00-12:00","13:00-15:00"],"wed":["08:00-12:00","13:00-15:00"],"thu":["08:00-12:00","13:00-15:00"],"fri":["08:00-12:00","13:00-15:00"]},' +
      '"closedDates":["2026-12-25"]},"booking":{"slotMinutes":30,"daysAhead":14,"checkInBeforeMinutes":30,"checkInAfterMinutes":15},' +
      '"services":[{"code":"KTP","name":{"id":"KTP-el","en":"Electronic ID card"},"serviceMinutes":6,"bookingShare":0.5,' +
      '"requirements":[{"id":"Fotokopi Kartu Keluarga","en":"Copy of the family card"},{"id":"Surat pengantar RT/RW","en":"Cover letter from the RT/RW"}],' +
      '"processingTime":{"id":"Selesai di tempat","en":"Done on the spot"},"costRupiah":0},' +
      '{"code":"KK","name":{"id":"Kartu Keluarga","en":"Family card"},"serviceMinutes":8,"bookingShare":0,"requirements":[],"costRupiah":0},' +
      '{"code":"AKTA","name":{"id":"Akta Kelahiran","en":"Birth certificate"},"serviceMinutes":3,"bookingShare":1,"requirements":[{"id":"Surat keterangan lahir","en":"Birth notice"}],"costRupiah":15000}],' +
      '"counters":[{"services":["KTP"]},{"services":["KTP","KK"]},{"services":["AKTA"]}]}';
    expect(JSON.stringify(doc)).toBe(before);
    expect(JSON.stringify(standardsDocument.parse(JSON.parse(before)))).toBe(before);
  });

  it("names each agency (id, name, short name only) and each service's agency", () => {
    expect(mpp.agencies).toEqual([
      { id: 'DUKCAPIL', name: text('Dinas Kependudukan dan Pencatatan Sipil', 'Civil Registry'), shortName: 'Dukcapil' },
      { id: 'SAMSAT', name: text('Samsat Kota Kupang', 'Vehicle Tax Office'), shortName: 'Samsat' },
    ]);
    expect(mpp.services.map((s) => `${s.code}:${s.agency}`)).toEqual(['KTP:DUKCAPIL', 'KK:DUKCAPIL', 'AKTA:SAMSAT']);
    expect(standardsDocument.parse(mpp)).toEqual(mpp);
  });

  it('takes the demo Mal Pelayanan Publik as it is: 12 agencies, 25 services', () => {
    const parsed = parseOfficeConfig(JSON.parse(readFileSync(join(__dirname, '../../../resources/mpp.example.json'), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const demo = standardsDocument.parse(standardsFromConfig(parsed.config));
    expect([demo.agencies?.length, demo.services.length]).toEqual([12, 25]);
  });

  it('refuses a service naming an agency the document does not list, agencies given to some services only, and an agency listed twice', () => {
    const withAgency = (code: string, agency: string | undefined) => ({ ...mpp, services: mpp.services.map((s) => (s.code === code ? { ...s, agency } : s)) });
    expect(problems(withAgency('AKTA', 'IMIGRASI'))).toEqual(['services.2.agency: "IMIGRASI" is not a listed agency']);
    expect(problems(withAgency('KK', undefined))).toEqual(['services.1.agency: is required once agencies are listed']);
    expect(problems({ ...mpp, agencies: undefined })).toEqual([0, 1, 2].map((i) => `services.${i}.agency: names an agency, but the document lists none`));
    expect(problems({ ...doc, services: doc.services.map((s, i) => (i === 0 ? { ...s, agency: 'DUKCAPIL' } : s)) })).toEqual(['services.0.agency: names an agency, but the document lists none']);
    expect(problems({ ...mpp, agencies: [...mpp.agencies!, mpp.agencies![0]] })).toEqual(['agencies.2.id: "DUKCAPIL" is listed twice']);
    expect(problems({ ...mpp, agencies: [{ ...mpp.agencies![0], logo: 'dukcapil.png' }, mpp.agencies![1]] })).toEqual([`agencies.0: Unrecognized key: "logo"`]);
    expect(problems({ ...mpp, agencies: [] })[0]).toMatch(/^agencies: Too small/);
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
