import { BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { secureWindowOptions } from './windowOptions';

/** Opens the kiosk screen; no navigation away, no new windows, no permission prompts. */
export function createKioskWindow(options: { packaged: boolean; devServerUrl: string | undefined }): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(join(__dirname, '../preload/index.cjs'), options.packaged));
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  if (options.devServerUrl) {
    void win.loadURL(`${options.devServerUrl}/kiosk`);
  } else {
    void win.loadFile(join(__dirname, '../renderer/index.html'), { query: { screen: 'kiosk' } });
  }
  return win;
}
