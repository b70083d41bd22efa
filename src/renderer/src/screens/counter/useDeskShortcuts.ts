import { useEffect, useLayoutEffect, useRef } from 'react';
import { isDialogOpen } from '../../components/staff/Dialog';
import { isTyping } from '../../components/staff/isTyping';
import type { DeskAction } from './deskState';
import { actionForKey } from './shortcuts';

/**
 * Fires desk actions from the keyboard. Quiet while typing in a field, while a dialog is open and for
 * key combinations. Space is taken over entirely so it never also "clicks" a focused button.
 */
export function useDeskShortcuts(run: (action: DeskAction) => void): void {
  const latest = useRef(run);
  // Before paint: a key pressed as soon as the screen shows a change must see that change.
  useLayoutEffect(() => {
    latest.current = run;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (isTyping(event.target) || isDialogOpen() || event.ctrlKey || event.altKey || event.metaKey) return;
      const action = actionForKey(event.key);
      if (!action) return;
      event.preventDefault();
      if (!event.repeat) latest.current(action);
    };
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.key === ' ' && !isTyping(event.target) && !isDialogOpen()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
