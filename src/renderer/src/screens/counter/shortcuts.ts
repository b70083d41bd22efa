import type { DeskAction } from './deskState';

/**
 * Keyboard shortcuts of the frequent actions (event.key, lower case). Resume is per held ticket and
 * closing the counter is rare and final, so neither has one.
 */
export const SHORTCUTS: Partial<Record<DeskAction, readonly string[]>> = {
  callNext: [' ', 'n'],
  recall: ['r'],
  start: ['s'],
  finish: ['f'],
  noShow: ['x'],
  hold: ['h'],
  transfer: ['t'],
  callTicket: ['c'],
  pause: ['p'],
  open: ['o'],
};

export function actionForKey(key: string): DeskAction | null {
  const k = key.toLowerCase();
  for (const [action, keys] of Object.entries(SHORTCUTS)) {
    if (keys.includes(k)) return action as DeskAction;
  }
  return null;
}

/** The keys as printed on a button: "Spasi / N". */
export function shortcutLabel(action: DeskAction, spaceName: string): string | null {
  const keys = SHORTCUTS[action];
  if (!keys) return null;
  return keys.map((k) => (k === ' ' ? spaceName : k.toUpperCase())).join(' / ');
}
