import { parseOfficeConfig, type OfficeConfigInput } from '../../../src/shared/config/officeConfig';
import { standardsFromConfig, type StandardsDocument } from '../../../src/shared/booking/standards';
import { BOOKING_SYNC_PATHS } from '../../../src/shared/booking/bookingSync';
import type { CityServerHarness, TestKiosk } from '../server/cityServerHarness';

const text = (id: string, en: string) => ({ id, en });

/**
 * Kelurahan Oebobo: weekdays 08:00–12:00 and 13:00–15:00, slots of 30 minutes.
 * KTP: counters 1 and 2 (counter 2 also serves KK), 6 min, half booked → 45 counter-minutes × 0.5 / 6 = 3 seats.
 * AKTA: counter 3 alone, 3 min, all booked → 30 / 3 = 10 seats. KK: not bookable.
 */
export function oeboboConfig(overrides: Partial<OfficeConfigInput> = {}): OfficeConfigInput {
  return {
    office: {
      id: 'kel-oebobo',
      name: 'Kelurahan Oebobo',
      address: 'Jl. Frans Seda, Oebobo',
      timeZone: 'Asia/Makassar',
      openingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['08:00-12:00', '13:00-15:00']])),
      closedDates: ['2026-12-25'],
    },
    services: [
      {
        code: 'KTP',
        name: text('KTP-el', 'Electronic ID card'),
        prefix: 'A',
        defaultServiceMinutes: 6,
        bookingShare: 0.5,
        standards: {
          requirements: [text('Fotokopi Kartu Keluarga', 'Copy of the family card'), text('Surat pengantar RT/RW', 'Cover letter from the RT/RW')],
          processingTime: text('Selesai di tempat', 'Done on the spot'),
          costRupiah: 0,
        },
      },
      { code: 'KK', name: text('Kartu Keluarga', 'Family card'), prefix: 'B', defaultServiceMinutes: 8 },
      {
        code: 'AKTA',
        name: text('Akta Kelahiran', 'Birth certificate'),
        prefix: 'C',
        defaultServiceMinutes: 3,
        bookingShare: 1,
        standards: { requirements: [text('Surat keterangan lahir', 'Birth notice')], costRupiah: 15000 },
      },
    ],
    counters: [
      { number: 1, name: 'Loket 1', services: ['KTP'] },
      { number: 2, name: 'Loket 2', services: ['KTP', 'KK'] },
      { number: 3, name: 'Loket 3', services: ['AKTA'] },
    ],
    ...overrides,
  };
}

export function standardsOf(input: OfficeConfigInput): StandardsDocument {
  const parsed = parseOfficeConfig(input);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return standardsFromConfig(parsed.config);
}

export async function putStandards(city: CityServerHarness, kiosk: TestKiosk, doc: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${city.url}${BOOKING_SYNC_PATHS.standards}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${kiosk.token}` },
    body: JSON.stringify(doc),
  });
  return { status: res.status, json: await res.json() };
}

/** An office registered, enrolled and with its standards pushed, as its kiosk would after enrolment. */
export async function bookableOffice(city: CityServerHarness, input: OfficeConfigInput = oeboboConfig()): Promise<TestKiosk> {
  await city.createOffice(input.office.id, input.office.name);
  const kiosk = await city.enrol(input.office.id);
  const r = await putStandards(city, kiosk, standardsOf(input));
  if (r.status !== 200) throw new Error(`standards: ${r.status} ${JSON.stringify(r.json)}`);
  return kiosk;
}
