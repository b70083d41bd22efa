import { describe, expect, it } from 'vitest';
import {
  accumulateSurveys,
  computeIkm,
  computeQuickIndex,
  quickTallyFromCounts,
  tallyQuickFaces,
  type QuickFace,
} from '../../../src/shared/skm';

describe('quick index', () => {
  it('gives the mean and the share of each face', () => {
    // 1 × very-unhappy, 1 × unhappy, 3 × happy, 5 × very-happy: mean = (1 + 2 + 9 + 20) / 10 = 3.2
    const faces: QuickFace[] = [
      'very-happy', 'happy', 'very-happy', 'unhappy', 'very-happy',
      'happy', 'very-unhappy', 'very-happy', 'happy', 'very-happy',
    ];
    const index = computeQuickIndex(tallyQuickFaces(faces));
    expect(index.responses).toBe(10);
    expect(index.mean).toBeCloseTo(3.2, 12);
    expect(index.shares).toEqual({ 'very-unhappy': 0.1, unhappy: 0.1, happy: 0.3, 'very-happy': 0.5 });
  });

  it('takes stored counts', () => {
    // 2 × 1 + 2 × 4 = 10 over 4 taps → 2.5
    const index = computeQuickIndex(quickTallyFromCounts({ 'very-unhappy': 2, 'very-happy': 2 }));
    expect(index.mean).toBe(2.5);
    expect(index.shares.happy).toBe(0);
  });

  it('has no mean when nobody tapped', () => {
    const index = computeQuickIndex(tallyQuickFaces([]));
    expect(index).toEqual({
      kind: 'quick-index',
      responses: 0,
      mean: null,
      shares: { 'very-unhappy': 0, unhappy: 0, happy: 0, 'very-happy': 0 },
    });
  });

  it('rejects bad counts and unknown faces', () => {
    expect(() => quickTallyFromCounts({ happy: -1 })).toThrow('Count of happy must be a non-negative integer, got -1');
    expect(() => quickTallyFromCounts({ happy: 1.5 })).toThrow(/non-negative integer/);
    expect(() => tallyQuickFaces(['neutral' as QuickFace])).toThrow('Unknown face: neutral');
    expect(() => tallyQuickFaces(['toString' as QuickFace])).toThrow('Unknown face: toString');
  });

  it('cannot be fed into the IKM, nor the IKM into it', () => {
    const tally = quickTallyFromCounts({ happy: 3 });
    // @ts-expect-error a quick tally is not an SKM accumulator
    expect(() => computeIkm(tally)).toThrow('computeIkm needs an SKM accumulator');
    // @ts-expect-error an SKM accumulator is not a quick tally
    expect(() => computeQuickIndex(accumulateSurveys([{ U1: 4 }]))).toThrow('computeQuickIndex needs a quick tally');
  });
});
