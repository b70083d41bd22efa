import { describe, expect, it } from 'vitest';
import { pickDisplayScreen } from '../../../src/main/shell/displayPlacement';

const touch = { id: 1, bounds: { x: 0, y: 0, width: 1080, height: 1920 }, internal: false };
const tv = { id: 2, bounds: { x: 1080, y: 0, width: 1920, height: 1080 }, internal: false };
const laptopPanel = { id: 3, bounds: { x: 3000, y: 0, width: 2560, height: 1600 }, internal: true };

describe('pickDisplayScreen', () => {
  it('has no TV screen while only the touchscreen is attached', () => {
    expect(pickDisplayScreen([touch], 1)).toBeNull();
  });

  it('opens the display on the other screen, preferring an external one', () => {
    expect(pickDisplayScreen([touch, tv], 1)).toBe(tv);
    expect(pickDisplayScreen([touch, laptopPanel, tv], 1)).toBe(tv);
    expect(pickDisplayScreen([tv, touch], 2)).toBe(touch);
  });
});
