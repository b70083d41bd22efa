import { SkmError } from './errors';
import { roundHalfUpToScale, type Rational } from './rational';

export type Mutu = 'A' | 'B' | 'C' | 'D';
export type Kinerja = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

export interface SkmCategory {
  readonly nilaiPersepsi: 1 | 2 | 3 | 4;
  readonly mutu: Mutu;
  readonly kinerja: Kinerja;
  readonly kinerjaEn: string;
  /** Inclusive konversi bounds in hundredths, so the table is compared in integers. */
  readonly minHundredths: number;
  readonly maxHundredths: number;
}

/** Permenpan RB 14/2017 (not the obsolete 2004 table, where A started at 81.26). */
export const CATEGORIES: readonly SkmCategory[] = [
  { nilaiPersepsi: 1, mutu: 'D', kinerja: 'Tidak Baik', kinerjaEn: 'Poor', minHundredths: 2500, maxHundredths: 6499 },
  { nilaiPersepsi: 2, mutu: 'C', kinerja: 'Kurang Baik', kinerjaEn: 'Fair', minHundredths: 6500, maxHundredths: 7660 },
  { nilaiPersepsi: 3, mutu: 'B', kinerja: 'Baik', kinerjaEn: 'Good', minHundredths: 7661, maxHundredths: 8830 },
  { nilaiPersepsi: 4, mutu: 'A', kinerja: 'Sangat Baik', kinerjaEn: 'Very good', minHundredths: 8831, maxHundredths: 10000 },
];

/** The final rounding of the regulation: half-up to 2 decimals, applied once, at the end. */
export function roundKonversi(exact: Rational): number {
  return Number(roundHalfUpToScale(exact, 100n)) / 100;
}

/** Classifies an already rounded konversi (25.00–100.00, at most 2 decimals). */
export function classifyKonversi(konversi: number): SkmCategory {
  const hundredths = Math.round(konversi * 100);
  // Unrounded input (e.g. 64.995) would be classified by whatever the float happens to be.
  if (!Number.isFinite(konversi) || Math.abs(konversi * 100 - hundredths) > 1e-6) {
    throw new SkmError('invalid-number', `Konversi must be rounded to 2 decimals first, got ${konversi}`);
  }
  const category = CATEGORIES.find((c) => hundredths >= c.minHundredths && hundredths <= c.maxHundredths);
  if (category === undefined) throw new SkmError('invalid-number', `Konversi must be within 25.00–100.00, got ${konversi}`);
  return category;
}
