import { SkmError } from './errors';
import type { LocalizedText } from './unsur';

/**
 * The one-tap "how was our service today?" rating: four faces, no neutral. It is a separate
 * quick index and must never enter the IKM, so its types share nothing with the SKM's.
 */
export const QUICK_FACES = ['very-unhappy', 'unhappy', 'happy', 'very-happy'] as const;

export type QuickFace = (typeof QUICK_FACES)[number];

export const QUICK_FACE_SCORES: Readonly<Record<QuickFace, 1 | 2 | 3 | 4>> = {
  'very-unhappy': 1,
  unhappy: 2,
  happy: 3,
  'very-happy': 4,
};

export const QUICK_FACE_LABELS: Readonly<Record<QuickFace, LocalizedText>> = {
  'very-unhappy': { id: 'Sangat tidak puas', en: 'Very unhappy' },
  unhappy: { id: 'Tidak puas', en: 'Unhappy' },
  happy: { id: 'Puas', en: 'Happy' },
  'very-happy': { id: 'Sangat puas', en: 'Very happy' },
};

export interface QuickTally {
  readonly kind: 'quick';
  readonly counts: Readonly<Record<QuickFace, number>>;
}

export interface QuickIndex {
  readonly kind: 'quick-index';
  readonly responses: number;
  /** Mean score 1–4; null when nobody tapped. */
  readonly mean: number | null;
  /** Share of each face, 0–1; all 0 when nobody tapped. */
  readonly shares: Readonly<Record<QuickFace, number>>;
}

export function quickTallyFromCounts(counts: Partial<Record<QuickFace, number>>): QuickTally {
  const checked = {} as Record<QuickFace, number>;
  for (const face of QUICK_FACES) {
    const count = counts[face] ?? 0;
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new SkmError('invalid-totals', `Count of ${face} must be a non-negative integer, got ${count}`);
    }
    checked[face] = count;
  }
  return { kind: 'quick', counts: checked };
}

export function tallyQuickFaces(faces: Iterable<QuickFace>): QuickTally {
  const counts: Record<QuickFace, number> = { 'very-unhappy': 0, unhappy: 0, happy: 0, 'very-happy': 0 };
  for (const face of faces) {
    if (!Object.hasOwn(counts, face)) throw new SkmError('invalid-totals', `Unknown face: ${String(face)}`);
    counts[face] += 1;
  }
  return { kind: 'quick', counts };
}

export function computeQuickIndex(tally: QuickTally): QuickIndex {
  if (tally.kind !== 'quick') throw new SkmError('invalid-totals', 'computeQuickIndex needs a quick tally');
  const responses = QUICK_FACES.reduce((total, face) => total + tally.counts[face], 0);
  const scoreTotal = QUICK_FACES.reduce((total, face) => total + QUICK_FACE_SCORES[face] * tally.counts[face], 0);
  const shares = {} as Record<QuickFace, number>;
  for (const face of QUICK_FACES) shares[face] = responses === 0 ? 0 : tally.counts[face] / responses;
  return { kind: 'quick-index', responses, mean: responses === 0 ? null : scoreTotal / responses, shares };
}
