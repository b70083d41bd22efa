import { describe, expect, it } from 'vitest';
import { lastHeardAfterSync } from '../../../src/renderer/src/screens/display/heardCallId';

describe('lastHeardAfterSync', () => {
  it("marks today's newest call heard", () => {
    expect(lastHeardAfterSync(3, [9, 8, 4])).toBe(9);
  });

  it('keeps the stored id when the office has no call today', () => {
    expect(lastHeardAfterSync(42, [])).toBe(42);
  });

  it("trusts the office when the stored id is above its newest call (the office's database was replaced)", () => {
    expect(lastHeardAfterSync(500, [3, 2, 1])).toBe(3);
  });

  it('starts from the office on a first load (nothing stored)', () => {
    expect(lastHeardAfterSync(0, [5])).toBe(5);
  });
});
