import { describe, expect, it } from 'vitest';
import { nextFirstCall } from '../../../src/renderer/src/screens/counter/firstCall';

const ticket = (id: string, recallCount: number, calledAt: number | null) => ({ id, recallCount, calledAt });

describe('"Sejak dipanggil" on the counter desk', () => {
  it('keeps the first call through recalls', () => {
    const first = nextFirstCall(null, ticket('t1', 0, 1_000));
    const recalled = nextFirstCall(first, ticket('t1', 1, 61_000));
    expect(recalled?.firstCalledAt).toBe(1_000);
    expect(nextFirstCall(recalled, ticket('t1', 2, 121_000))?.firstCalledAt).toBe(1_000);
  });

  it('starts again for a new call of the same ticket (resumed from hold) and for another ticket', () => {
    const first = nextFirstCall(null, ticket('t1', 1, 1_000));
    expect(nextFirstCall(first, ticket('t1', 1, 300_000))?.firstCalledAt).toBe(300_000);
    expect(nextFirstCall(first, ticket('t2', 0, 400_000))?.firstCalledAt).toBe(400_000);
  });

  it('has no time for a ticket never called', () => {
    expect(nextFirstCall(null, ticket('t1', 0, null))).toBeNull();
  });
});
