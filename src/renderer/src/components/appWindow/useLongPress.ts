import { useEffect, useRef, useState, type PointerEvent, type SyntheticEvent } from 'react';
import { createLongPress } from './longPress';

/** Pointer handlers that call the latest `onLongPress` once a press is held for LONG_PRESS_MS. */
export function useLongPress(onLongPress: () => void) {
  const latest = useRef(onLongPress);
  useEffect(() => {
    latest.current = onLongPress;
  });
  const [longPress] = useState(() => createLongPress(() => latest.current()));
  useEffect(() => longPress.release, [longPress]);

  return {
    onPointerDown: (event: PointerEvent) => {
      if (event.button === 0) longPress.press();
    },
    onPointerUp: longPress.release,
    onPointerLeave: longPress.release,
    onPointerCancel: longPress.release,
    // A held finger would otherwise open the context menu or start selecting the text.
    onContextMenu: (event: SyntheticEvent) => event.preventDefault(),
  };
}
