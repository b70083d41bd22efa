import { useEffect, useRef } from 'react';

/** Calls onIdle after `seconds` without a touch or key press, while enabled; every touch restarts the wait. */
export function useIdleTimeout(enabled: boolean, seconds: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });

  useEffect(() => {
    if (!enabled) return;
    const ms = seconds * 1000;
    let timer = setTimeout(() => latest.current(), ms);
    const restart = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), ms);
    };
    window.addEventListener('pointerdown', restart);
    window.addEventListener('keydown', restart);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', restart);
      window.removeEventListener('keydown', restart);
    };
  }, [enabled, seconds]);
}
