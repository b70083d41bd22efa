import { useEffect, useRef } from 'react';
import { ScannerBurst } from './scannerBurst';

/**
 * Captures what a keyboard-emulating scanner types anywhere on the page (no visible input): fast
 * printable keys ending in Enter (ScannerBurst). The Enter that ends a code does nothing else, so it
 * cannot also press the button that has focus. Listening from the screen's first moment, a code is
 * taken whenever `enabled` is true when its Enter comes.
 */
export function useScannerInput(onScan: (code: string) => void, { minLength, enabled = true }: { minLength: number; enabled?: boolean }): void {
  const latest = useRef({ onScan, enabled });
  useEffect(() => {
    latest.current = { onScan, enabled };
  });

  useEffect(() => {
    const burst = new ScannerBurst(minLength);
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const code = burst.key(event.key, event.timeStamp);
      if (code === null || !latest.current.enabled) return;
      event.preventDefault();
      latest.current.onScan(code);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [minLength]);
}
