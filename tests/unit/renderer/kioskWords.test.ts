import { describe, expect, it } from 'vitest';
import { confirmationFacts } from '../../../src/renderer/src/screens/kiosk/confirmationFacts';
import { opensText } from '../../../src/renderer/src/screens/kiosk/opensText';

const KUPANG = 'Asia/Makassar';
const kupang = (date: string, hhmm: string): number => Date.parse(`${date}T${hhmm}:00+08:00`);

describe('what the number screen says about the queue', () => {
  it('says "you are next" and no wait when nobody is ahead and a counter is open', () => {
    expect(confirmationFacts('id', { aheadCount: 0, estimatedWaitMinutes: 0 })).toEqual({ ahead: 'Anda berikutnya', wait: null });
    expect(confirmationFacts('en', { aheadCount: 0, estimatedWaitMinutes: 0 })).toEqual({ ahead: 'You are next', wait: null });
  });

  it('gives the people ahead and the estimate otherwise', () => {
    expect(confirmationFacts('id', { aheadCount: 3, estimatedWaitMinutes: 15 })).toEqual({
      ahead: 'Antrian di depan Anda: 3',
      wait: 'Perkiraan waktu tunggu: ± 15 menit',
    });
  });

  it('says the counters have not opened instead of a dash when no counter is open', () => {
    for (const aheadCount of [0, 4]) {
      expect(confirmationFacts('id', { aheadCount, estimatedWaitMinutes: null }).wait).toBe(
        'Loket untuk layanan ini belum buka. Anda akan dipanggil setelah loket dibuka.',
      );
    }
    expect(confirmationFacts('en', { aheadCount: 4, estimatedWaitMinutes: null })).toEqual({
      ahead: 'People ahead of you: 4',
      wait: 'No counter for this service is open yet. You will be called once one opens.',
    });
  });
});

describe('when a closed service opens, in words', () => {
  const clock = { now: kupang('2026-12-04', '12:10'), timeZone: KUPANG }; // a Friday, in the prayer break

  it('says today, tomorrow, or the day and date, in the office time zone', () => {
    expect(opensText('id', kupang('2026-12-04', '13:00'), clock)).toBe('Buka hari ini pukul 13.00');
    expect(opensText('en', kupang('2026-12-04', '13:00'), clock)).toBe('Opens today at 13:00');
    expect(opensText('id', kupang('2026-12-05', '08:00'), clock)).toBe('Buka besok pukul 08.00');
    expect(opensText('id', kupang('2026-12-07', '08:00'), clock)).toBe('Buka Senin, 7 Desember pukul 08.00');
    expect(opensText('en', kupang('2026-12-07', '08:00'), clock)).toBe('Opens Monday 7 December at 08:00');
  });

  it('counts "tomorrow" by the office calendar, not 24 hours', () => {
    const lateEvening = { now: kupang('2026-12-04', '23:30'), timeZone: KUPANG };
    expect(opensText('id', kupang('2026-12-05', '08:00'), lateEvening)).toBe('Buka besok pukul 08.00');
  });
});
