import { describe, expect, it } from 'vitest';
import type { SyncStatusView } from '../../../src/shared/api/methods/sync';
import { pendingText } from '../../../src/renderer/src/screens/supervisor/sync/pendingText';

const status = (rowsPending: number, count: number, oldest: string | null) => ({ rowsPending, pendingDays: { count, oldest } }) as SyncStatusView;

describe('what has not reached the city, for an office head', () => {
  it('counts days of figures since a date, never rows', () => {
    expect(pendingText('id', status(54904, 3, '2026-11-30'))).toBe('Data 3 hari, sejak Senin, 30 November 2026');
    expect(pendingText('en', status(54904, 3, '2026-11-30'))).toBe('Figures of 3 days, since Monday, 30 November 2026');
    expect(pendingText('id', status(12, 1, '2026-12-02'))).toBe('Data 1 hari (Rabu, 2 Desember 2026)');
  });

  it('says plainly when everything was sent', () => {
    expect(pendingText('id', status(0, 0, null))).toBe('Tidak ada: semua data sudah terkirim');
  });
});
