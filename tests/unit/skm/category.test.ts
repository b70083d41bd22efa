import { describe, expect, it } from 'vitest';
import { CATEGORIES, classifyKonversi, rational, roundKonversi } from '../../../src/shared/skm';

describe('classifyKonversi (Permenpan RB 14/2017 table)', () => {
  it.each([
    [25.0, 'D', 'Tidak Baik', 1],
    [64.99, 'D', 'Tidak Baik', 1],
    [65.0, 'C', 'Kurang Baik', 2],
    [76.6, 'C', 'Kurang Baik', 2],
    [76.61, 'B', 'Baik', 3],
    [81.26, 'B', 'Baik', 3], // A in the obsolete 2004 table
    [88.3, 'B', 'Baik', 3],
    [88.31, 'A', 'Sangat Baik', 4],
    [100.0, 'A', 'Sangat Baik', 4],
  ] as const)('%s → %s (%s)', (konversi, mutu, kinerja, nilaiPersepsi) => {
    const category = classifyKonversi(konversi);
    expect(category.mutu).toBe(mutu);
    expect(category.kinerja).toBe(kinerja);
    expect(category.nilaiPersepsi).toBe(nilaiPersepsi);
  });

  it('covers 25.00–100.00 without gaps or overlaps', () => {
    for (let i = 1; i < CATEGORIES.length; i++) {
      expect(CATEGORIES[i]?.minHundredths).toBe((CATEGORIES[i - 1]?.maxHundredths ?? 0) + 1);
    }
    expect(CATEGORIES[0]?.minHundredths).toBe(2500);
    expect(CATEGORIES.at(-1)?.maxHundredths).toBe(10000);
  });

  it('refuses values outside the scale or not yet rounded', () => {
    expect(() => classifyKonversi(24.99)).toThrow(/25.00–100.00/);
    expect(() => classifyKonversi(100.01)).toThrow(/25.00–100.00/);
    expect(() => classifyKonversi(64.995)).toThrow(/rounded to 2 decimals/);
    expect(() => classifyKonversi(Number.NaN)).toThrow();
  });
});

describe('roundKonversi', () => {
  it('rounds half up to 2 decimals from the exact value', () => {
    // 64.995 = 12999/200 → 65.00; 76.605 → 76.61 (half-even would give 76.60); 88.3049… → 88.30
    expect(roundKonversi(rational(12999n, 200n))).toBe(65);
    expect(roundKonversi(rational(15321n, 200n))).toBe(76.61);
    expect(roundKonversi(rational(883049n, 10000n))).toBe(88.3);
    expect(roundKonversi(rational(795n, 9n))).toBe(88.33);
  });
});
