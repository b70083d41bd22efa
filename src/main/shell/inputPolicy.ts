/** The parts of Electron's Input that decide whether a key is a shortcut a visitor must not use. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);

/**
 * Reload (Ctrl/Cmd+R, F5), DevTools (Ctrl+Shift+I/J/C, F12), close and quit (Ctrl+W/Q/F4, Alt+F4),
 * zoom (Ctrl ±/0), print and view-source: a keyboard left at the kiosk must not escape or break it.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (key === 'F5' || key === 'F11' || key === 'F12' || key === 'BrowserBack' || key === 'BrowserForward' || key === 'BrowserRefresh') return true;
  if (input.alt && (key === 'F4' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return true;
  const command = input.control || input.meta;
  if (!command) return false;
  if (key === 'F4') return true;
  if (['r', 'w', 'q', 'p', 'u', 'n', 't', 'o', 's', 'f', 'l'].includes(key)) return true;
  if (input.shift && ['i', 'j', 'c'].includes(key)) return true;
  return ZOOM_KEYS.has(key);
}
