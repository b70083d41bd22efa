import { describe, expect, it } from 'vitest';
import { ScannerBurst } from '../../../src/renderer/src/components/scanner/scannerBurst';

/** Keys typed `gapMs` apart from `start`, then Enter; what the burst detector made of the Enter. */
function type(burst: ScannerBurst, text: string, gapMs: number, start = 1000): string | null {
  let at = start;
  for (const key of text) {
    expect(burst.key(key, at)).toBeNull();
    at += gapMs;
  }
  return burst.key('Enter', at);
}

const SIGNED = 'LB1.kel-oebobo.KTP.2026-12-01.08:30.K7QM3ZPA.' + 'a'.repeat(86);

describe('a USB scanner told from a person by timing', () => {
  it('takes a whole signed booking typed at scanner speed and ended by Enter', () => {
    expect(type(new ScannerBurst(8), SIGNED, 4)).toBe(SIGNED);
  });

  it('never adds up a person typing, however long, even a fast typist at 60 ms a key', () => {
    expect(type(new ScannerBurst(8), 'K7QM3ZPA', 150)).toBeNull();
    expect(type(new ScannerBurst(8), 'K7QM3ZPA', 60)).toBeNull();
    expect(type(new ScannerBurst(8), SIGNED, 180)).toBeNull();
  });

  it('reads a scan as one code through one late key (a busy kiosk PC)', () => {
    const burst = new ScannerBurst(8);
    let at = 0;
    for (const [i, key] of [...SIGNED].entries()) expect(burst.key(key, (at += i === 60 ? 250 : 5))).toBeNull();
    expect(burst.key('Enter', at + 5)).toBe(SIGNED);
  });

  it('ignores a stray Enter and bursts shorter than a code', () => {
    const burst = new ScannerBurst(8);
    expect(burst.key('Enter', 10)).toBeNull();
    expect(type(burst, 'AB', 5, 5000)).toBeNull();
  });

  it('starts afresh after a pause, so keys a person pressed before a scan do not stick to its code', () => {
    const burst = new ScannerBurst(8);
    expect(burst.key('x', 0)).toBeNull();
    expect(burst.key('y', 50)).toBeNull();
    expect(type(burst, 'K7QM3ZPA', 5, 2000)).toBe('K7QM3ZPA');
  });

  it('keeps Shift and other named keys out of the code, but in its timing', () => {
    const burst = new ScannerBurst(4);
    let at = 0;
    for (const key of ['Shift', 'L', 'Shift', 'B', '1', '.']) expect(burst.key(key, (at += 3))).toBeNull();
    expect(burst.key('Enter', at + 3)).toBe('LB1.');
  });
});
