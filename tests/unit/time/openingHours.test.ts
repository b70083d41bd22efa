import { describe, expect, it } from 'vitest';
import { nextOpening } from '../../../src/shared/time/openingHours';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';

const KUPANG = 'Asia/Makassar';
/** Kupang (UTC+8) wall-clock time on a date of late 2026 as epoch ms. */
const kupang = (date: string, hhmm: string): number => Date.parse(`${date}T${hhmm}:00+08:00`);

// Monday to Friday, with the Friday prayer break, as the example office keeps them.
const WEEKDAYS = {
  mon: ['08:00-15:00'],
  tue: ['08:00-15:00'],
  wed: ['08:00-15:00'],
  thu: ['08:00-15:00'],
  fri: ['08:00-11:30', '13:00-15:00'],
};

describe('the next opening of a closed office', () => {
  it('is later today before the morning opening', () => {
    expect(nextOpening(WEEKDAYS, [], KUPANG, kupang('2026-11-30', '06:45'))).toBe(kupang('2026-11-30', '08:00'));
  });

  it('is after the Friday prayer break, the same day', () => {
    expect(nextOpening(WEEKDAYS, [], KUPANG, kupang('2026-12-04', '12:10'))).toBe(kupang('2026-12-04', '13:00'));
  });

  it('is the next morning after closing time', () => {
    expect(nextOpening(WEEKDAYS, [], KUPANG, kupang('2026-12-01', '15:00'))).toBe(kupang('2026-12-02', '08:00'));
  });

  it('skips the weekend and closed dates', () => {
    // Friday evening, with Monday a holiday: Tuesday.
    expect(nextOpening(WEEKDAYS, ['2026-12-07'], KUPANG, kupang('2026-12-04', '16:00'))).toBe(kupang('2026-12-08', '08:00'));
    // A holiday today: tomorrow, even before today's opening hour.
    expect(nextOpening(WEEKDAYS, ['2026-11-30'], KUPANG, kupang('2026-11-30', '07:00'))).toBe(kupang('2026-12-01', '08:00'));
  });

  it('counts in the office time zone, not the machine one', () => {
    // 23:30 UTC on Sunday is already 07:30 on Monday in Kupang.
    expect(nextOpening(WEEKDAYS, [], KUPANG, Date.UTC(2026, 10, 29, 23, 30))).toBe(kupang('2026-11-30', '08:00'));
  });

  it('is unknown when nothing opens within a month', () => {
    expect(nextOpening({}, [], KUPANG, kupang('2026-11-30', '09:00'))).toBeNull();
  });
});

describe('the overview a kiosk reads', () => {
  it('says when each closed service opens, and nothing for an open one', () => {
    const h = new OfficeHarness(
      testConfig({
        office: { id: 'x1', name: 'Kantor', openingHours: WEEKDAYS },
        services: [
          { code: 'KTP', name: { id: 'KTP-el', en: 'ID card' }, prefix: 'A' },
          { code: 'KK', name: { id: 'Kartu Keluarga', en: 'Family card' }, prefix: 'B', openingHours: { mon: ['10:00-12:00'], tue: ['10:00-12:00'] } },
        ],
        counters: [{ number: 1, name: 'Loket 1', services: ['KTP', 'KK'] }],
      }),
      kupang('2026-11-30', '09:00'),
    );
    const services = h.call('office.overview', {}).services;
    h.close();
    expect(services.map((s) => [s.code, s.availability, s.opensAt])).toEqual([
      ['KTP', 'open', null],
      ['KK', 'closed', kupang('2026-11-30', '10:00')],
    ]);
  });
});
