import { useEffect, useRef } from 'react';

/** A USB scanner "types" a whole code within a few ms per key; people are far slower. */
const MAX_GAP_MS = 100;
const MIN_LENGTH = 4;

/**
 * Captures what a keyboard-emulating QR scanner types anywhere on the page (no visible input): fast
 * printable keys ending in Enter. A slow key starts a new code, so a person's typing never counts.
 */
export function useScannerInput(onScan: (code: string) => void): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });

  useEffect(() => {
    let buffer = '';
    let lastAt = 0;
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const now = performance.now();
      if (now - lastAt > MAX_GAP_MS) buffer = '';
      lastAt = now;
      if (event.key === 'Enter') {
        if (buffer.length >= MIN_LENGTH) {
          event.preventDefault();
          latest.current(buffer);
        }
        buffer = '';
      } else if (event.key.length === 1) {
        buffer += event.key;
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
