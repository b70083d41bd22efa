import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one place that sets webPreferences. Every window gets these; nothing may loosen them
 * (contextIsolation, sandbox, no Node in the page, no webview).
 */
export function secureWindowOptions(preloadPath: string, kiosk: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1920,
    height: 1080,
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#0b1f3a',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: !kiosk,
    },
  };
}
