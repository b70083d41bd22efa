import { useEffect, useState } from 'react';

/** The class on <html> that turns on large text and high contrast (styles/accessMode.css). */
export const ACCESS_MODE_CLASS = 'access-mode';

export interface AccessMode {
  on: boolean;
  setOn: (on: boolean) => void;
}

/**
 * Large text and high contrast for one visitor (kiosk, /rate): set on the whole page, so every rem size
 * grows and every colour of the palette changes; the screen turns it off again when it returns to its start.
 */
export function useAccessMode(): AccessMode {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle(ACCESS_MODE_CLASS, on);
    return () => root.classList.remove(ACCESS_MODE_CLASS);
  }, [on]);
  return { on, setOn };
}
