import { describe, expect, it } from 'vitest';
import { customRange, daysInMonth, isLocalDate, parseLocalDate, periodRange } from '../../../src/shared/skm';

describe('periodRange', () => {
  it.each([
    ['month', '2024-02-15', '2024-02-01', '2024-02-29'],
    ['month', '2023-02-01', '2023-02-01', '2023-02-28'],
    ['month', '2100-02-10', '2100-02-01', '2100-02-28'],
    ['month', '2000-02-10', '2000-02-01', '2000-02-29'],
    ['month', '2024-04-30', '2024-04-01', '2024-04-30'],
    ['month', '2024-12-31', '2024-12-01', '2024-12-31'],
    ['quarter', '2024-01-01', '2024-01-01', '2024-03-31'],
    ['quarter', '2024-05-31', '2024-04-01', '2024-06-30'],
    ['quarter', '2024-09-30', '2024-07-01', '2024-09-30'],
    ['quarter', '2024-11-15', '2024-10-01', '2024-12-31'],
    ['semester', '2024-06-30', '2024-01-01', '2024-06-30'],
    ['semester', '2024-07-01', '2024-07-01', '2024-12-31'],
    ['year', '2024-03-03', '2024-01-01', '2024-12-31'],
  ] as const)('%s containing %s is %s … %s', (kind, date, start, end) => {
    expect(periodRange(kind, date)).toEqual([start, end]);
  });

  it('rejects dates that are not local YYYY-MM-DD calendar dates', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '24-01-01', '2024-01-01T00:00', '']) {
      expect(() => periodRange('month', bad)).toThrow(`"${bad}" is not a valid YYYY-MM-DD date`);
    }
  });
});

describe('customRange', () => {
  it('keeps a valid range, including a single day', () => {
    expect(customRange('2024-01-15', '2024-03-10')).toEqual(['2024-01-15', '2024-03-10']);
    expect(customRange('2024-05-05', '2024-05-05')).toEqual(['2024-05-05', '2024-05-05']);
  });

  it('rejects an end before the start', () => {
    expect(() => customRange('2024-03-10', '2024-03-09')).toThrow('The range ends (2024-03-09) before it starts (2024-03-10)');
    expect(() => customRange('2025-01-01', '2024-12-31')).toThrow(/before it starts/);
  });

  it('rejects invalid dates on either side', () => {
    expect(() => customRange('2024-02-30', '2024-03-01')).toThrow(/not a valid/);
    expect(() => customRange('2024-02-01', '2024/03/01')).toThrow(/not a valid/);
  });
});

describe('local dates', () => {
  it('parses and checks calendar dates', () => {
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 9)).toBe(30);
  });
});
