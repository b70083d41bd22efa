/** The status requests sent to the printer, as bytes. */

/** DLE EOT n: real-time status, answered at once with one byte even while the printer is busy. */
export function dleEot(n: 1 | 2 | 3 | 4): Uint8Array {
  return Uint8Array.of(0x10, 0x04, n);
}

/** GS r 1: answered only after everything sent before it has been processed (printed). */
export const GS_R_1: Uint8Array = Uint8Array.of(0x1d, 0x72, 0x01);
