import { parseOfficeConfig, type OfficeConfig, type OfficeConfigInput } from '../../src/shared/config/officeConfig';
import { testConfigInput } from './testConfig';

/**
 * A small Mal Pelayanan Publik for tests, as written in its file: the civil registry (KTP, KK at counters 1
 * and 2) and Samsat (PKB at counter 3) under one roof, open every day, with a zone for Samsat's TV.
 */
export function mppConfigInput(overrides: Record<string, unknown> = {}): OfficeConfigInput {
  return testConfigInput({
    office: { id: 'mpp-uji', name: 'Mal Pelayanan Publik Uji', timeZone: 'Asia/Makassar', openingHours: everyDay() },
    agencies: [
      { id: 'DUKCAPIL', name: { id: 'Dinas Dukcapil', en: 'Civil Registry' }, shortName: 'Dukcapil' },
      { id: 'SAMSAT', name: { id: 'Samsat Kota Kupang', en: 'Vehicle Tax Office' }, shortName: 'Samsat' },
    ],
    services: [
      { code: 'KTP', name: { id: 'KTP-el', en: 'ID card' }, prefix: 'A', agency: 'DUKCAPIL' },
      { code: 'KK', name: { id: 'Kartu Keluarga', en: 'Family card' }, prefix: 'B', agency: 'DUKCAPIL' },
      { code: 'PKB', name: { id: 'Pajak kendaraan', en: 'Vehicle tax' }, prefix: 'S', agency: 'SAMSAT' },
    ],
    counters: [
      { number: 1, name: 'Loket 1', services: ['KTP', 'KK'], agency: 'DUKCAPIL' },
      { number: 2, name: 'Loket 2', services: ['KK'], agency: 'DUKCAPIL' },
      { number: 3, name: 'Loket 3', services: ['PKB'], agency: 'SAMSAT' },
    ],
    display: { zones: [{ id: 'sayap-timur', name: { id: 'Sayap timur', en: 'East wing' }, agencies: ['SAMSAT'] }] },
    ...overrides,
  }) as OfficeConfigInput;
}

/** The same, validated as the office reads it. */
export function mppConfig(overrides: Record<string, unknown> = {}): OfficeConfig {
  const result = parseOfficeConfig(mppConfigInput(overrides));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
}

function everyDay(): Record<string, string[]> {
  return Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['00:00-24:00']]));
}
