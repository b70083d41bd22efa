import { BrowserWindow, type Rectangle, type WebContents } from 'electron';
import { join } from 'node:path';
import { appUrl } from './appProtocol';
import { secureWindowOptions } from './windowOptions';
import type { WindowRole, WindowRoles } from './windowRoles';

export interface ScreenWindowOptions {
  role: WindowRole;
  production: boolean;
  bounds: Rectangle;
  /** electron-vite's dev server (npm run dev); production always loads loket://app/. */
  devServerUrl: string | undefined;
  roles: WindowRoles<WebContents>;
}

/** One of the app's windows, holding its role for IPC from creation until it closes. */
export function createScreenWindow(options: ScreenWindowOptions): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(join(__dirname, '../preload/index.cjs'), options));
  win.removeMenu();
  // The page's <title> must not replace the window title the compositor places the window by.
  win.on('page-title-updated', (event) => event.preventDefault());
  const contents = win.webContents;
  options.roles.register(contents, options.role);
  win.on('closed', () => options.roles.unregister(contents));
  win.once('ready-to-show', () => win.show());
  const url = !options.production && options.devServerUrl ? `${options.devServerUrl}/${options.role}` : appUrl(options.role);
  // A failed load (the page's own files unreadable, the dev server down) also fires 'did-fail-load', which
  // superviseRenderer answers with its reload backoff; the promise is only logged here, never left unhandled.
  win.loadURL(url).catch((err: unknown) => console.error(`[shell] the ${options.role} window could not load ${url}:`, err));
  return win;
}
