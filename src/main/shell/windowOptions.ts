import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { WindowRole } from './windowRoles';

/**
 * Each window's fixed title: on Linux both windows share one Wayland app_id, so the compositor's rules
 * (resources/os/linux/sway.conf) tell the touchscreen's window from the TV's by these exact titles.
 */
export const WINDOW_TITLES: Record<WindowRole, string> = { kiosk: 'Loket Kiosk', display: 'Loket Display' };

/**
 * The one place that sets webPreferences. Every window gets these; nothing may loosen them
 * (contextIsolation, sandbox, no Node in the page, no webview, no DevTools in production).
 * A test checks that every `new BrowserWindow(` goes through here, and the built bundle's values.
 */
export function secureWindowOptions(
  preloadPath: string,
  options: { production: boolean; bounds?: Rectangle; role?: WindowRole },
): BrowserWindowConstructorOptions {
  return {
    ...(options.bounds ?? { width: 1920, height: 1080 }),
    ...(options.role ? { title: WINDOW_TITLES[options.role] } : {}),
    kiosk: options.production,
    fullscreen: options.production,
    autoHideMenuBar: true,
    backgroundColor: '#0b1f3a',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !options.production,
    },
  };
}
