import { parseOfficeConfig, type OfficeConfig } from '../../src/shared/config/officeConfig';

const ALL_DAY = ['00:00-24:00'];

/** A small office open around the clock, so tests never depend on the hour they run at. */
export function testConfigInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    office: {
      id: 'test-office',
      name: 'Kantor Uji Loket',
      timeZone: 'Asia/Makassar',
      openingHours: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
    },
    services: [
      { code: 'KTP', name: { id: 'KTP-el', en: 'ID card' }, prefix: 'A', defaultServiceMinutes: 5 },
      { code: 'KK', name: { id: 'Kartu Keluarga', en: 'Family card' }, prefix: 'B', defaultServiceMinutes: 10 },
      { code: 'AKTA', name: { id: 'Akta Kelahiran', en: 'Birth certificate' }, prefix: 'C', dailyQuota: 2 },
    ],
    counters: [
      { number: 1, name: 'Loket 1', services: ['KTP'] },
      { number: 2, name: 'Loket 2', services: ['KTP', 'KK'] },
      { number: 3, name: 'Loket 3', services: ['AKTA', 'KK'] },
    ],
    ...overrides,
  };
}

export function testConfig(overrides: Record<string, unknown> = {}): OfficeConfig {
  const result = parseOfficeConfig(testConfigInput(overrides));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
}
