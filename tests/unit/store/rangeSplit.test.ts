import { describe, expect, it } from 'vitest';
import { splitByMonths } from '../../../src/main/store/rangeSplit';

describe('splitting a date range into whole months and loose days', () => {
  it('reads a year from mid-month to mid-month as its whole months and two partial months of days', () => {
    expect(splitByMonths('2025-11-28', '2026-11-27')).toEqual({
      days: [
        ['2025-11-28', '2025-11-30'],
        ['2026-11-01', '2026-11-27'],
      ],
      months: ['2025-12', '2026-10'],
    });
  });

  it('uses months only when the range is made of whole months, leap February included', () => {
    expect(splitByMonths('2024-01-01', '2024-02-29')).toEqual({ days: [], months: ['2024-01', '2024-02'] });
    expect(splitByMonths('2023-02-01', '2023-02-28')).toEqual({ days: [], months: ['2023-02', '2023-02'] });
  });

  it('keeps days inside one month as days', () => {
    expect(splitByMonths('2026-11-03', '2026-11-20')).toEqual({ days: [['2026-11-03', '2026-11-20']], months: null });
    expect(splitByMonths('2026-11-25', '2026-12-05')).toEqual({ days: [['2026-11-25', '2026-12-05']], months: null });
  });

  it('crosses a year boundary', () => {
    expect(splitByMonths('2025-12-01', '2026-01-15')).toEqual({ days: [['2026-01-01', '2026-01-15']], months: ['2025-12', '2025-12'] });
  });
});
