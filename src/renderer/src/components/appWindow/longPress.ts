/** How long the office name must be held before the supervisor screens open. */
export const LONG_PRESS_MS = 3_000;

export interface LongPress {
  /** A finger or the mouse went down: fire after `ms` unless released first. */
  press(): void;
  /** Released, moved away or cancelled by the browser: forget the press. */
  release(): void;
}

/** The timing of a long press, apart from React and the DOM so it is tested with fake timers. */
export function createLongPress(onLongPress: () => void, ms = LONG_PRESS_MS): LongPress {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const release = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    press() {
      release();
      timer = setTimeout(() => {
        timer = null;
        onLongPress();
      }, ms);
    },
    release,
  };
}
