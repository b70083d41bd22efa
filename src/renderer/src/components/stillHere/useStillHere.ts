import { useEffect, useRef, useState } from 'react';
import { useIdleTimeout } from '../../hooks/useIdleTimeout';

/** How long "Masih di sini?" counts down before the choice is abandoned. */
export const STILL_HERE_SECONDS = 10;

export interface StillHere {
  /** The seconds left while the kiosk asks, null while it does not. */
  secondsLeft: number | null;
  /** The visitor answered: the choice stays and the idle wait starts again. */
  stay: () => void;
}

/**
 * Abandons an unfinished choice nobody touches, but never silently: after `idleSeconds` without a touch
 * it asks "Masih di sini?" and counts down STILL_HERE_SECONDS before calling onAbandon.
 */
export function useStillHere(enabled: boolean, idleSeconds: number, onAbandon: () => void): StillHere {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const asking = enabled && secondsLeft !== null;
  useIdleTimeout(enabled && !asking, idleSeconds, () => setSecondsLeft(STILL_HERE_SECONDS));

  const latest = useRef(onAbandon);
  useEffect(() => {
    latest.current = onAbandon;
  });

  useEffect(() => {
    if (!asking) return;
    const timer = setInterval(() => {
      setSecondsLeft((left) => (left === null ? null : left - 1));
    }, 1000);
    return () => clearInterval(timer);
  }, [asking]);

  useEffect(() => {
    if (secondsLeft !== 0) return;
    setSecondsLeft(null);
    latest.current();
  }, [secondsLeft]);

  // A choice finished or abandoned some other way leaves no question behind for the next visitor.
  useEffect(() => {
    if (!enabled) setSecondsLeft(null);
  }, [enabled]);

  return { secondsLeft: asking ? secondsLeft : null, stay: () => setSecondsLeft(null) };
}
