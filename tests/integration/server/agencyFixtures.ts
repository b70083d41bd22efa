import type { OfficeConfigInput } from '../../../src/shared/config/officeConfig';
import { oeboboConfig } from '../booking/bookingFixtures';

const text = (id: string, en: string) => ({ id, en });

/**
 * A small Mal Pelayanan Publik for the city's tests: Dukcapil runs KTP and KK, Samsat runs PKB. With
 * `kkAgency` SAMSAT, KK moves to Samsat (a later configuration of the same building).
 */
export function mppConfig(kkAgency: 'DUKCAPIL' | 'SAMSAT' = 'DUKCAPIL'): OfficeConfigInput {
  return oeboboConfig({
    office: { ...oeboboConfig().office, id: 'mpp-kupang', name: 'MPP Kota Kupang' },
    agencies: [
      { id: 'DUKCAPIL', name: text('Dinas Kependudukan dan Pencatatan Sipil', 'Civil Registry'), shortName: 'Dukcapil' },
      { id: 'SAMSAT', name: text('Samsat Kota Kupang', 'Vehicle Tax Office'), shortName: 'Samsat' },
    ],
    services: [
      { code: 'KTP', name: text('KTP-el', 'ID card'), prefix: 'A', agency: 'DUKCAPIL' },
      { code: 'KK', name: text('Kartu Keluarga', 'Family card'), prefix: 'B', agency: kkAgency },
      { code: 'PKB', name: text('Pajak kendaraan', 'Vehicle tax'), prefix: 'C', agency: 'SAMSAT' },
    ],
    counters:
      kkAgency === 'DUKCAPIL'
        ? [
            { number: 1, name: 'Loket 1', services: ['KTP', 'KK'], agency: 'DUKCAPIL' },
            { number: 2, name: 'Loket 2', services: ['PKB'], agency: 'SAMSAT' },
          ]
        : [
            { number: 1, name: 'Loket 1', services: ['KTP'], agency: 'DUKCAPIL' },
            { number: 2, name: 'Loket 2', services: ['PKB', 'KK'], agency: 'SAMSAT' },
          ],
  });
}
