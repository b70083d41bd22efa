import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether a scrolling box holds more than it shows below its fold: large text or many services can push
 * cards out of sight, and a visitor who cannot see them must be told there is more.
 */
export function useMoreBelow(box: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = (): void => setMore(element.scrollTop + element.clientHeight < element.scrollHeight - 2);
    measure();
    // Size changes (large text, rotation, a card's words) and the visitor's own scrolling both move the fold.
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    for (const child of Array.from(element.children)) resized.observe(child);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      resized.disconnect();
      element.removeEventListener('scroll', measure);
    };
  });
  return more;
}
