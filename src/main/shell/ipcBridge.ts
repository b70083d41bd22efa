import { ipcMain, type WebContents } from 'electron';
import type { Dispatcher } from '../api/dispatcher';
import type { OfficeCore } from '../core/officeCore';
import type { WindowRoles } from './windowRoles';

/**
 * The IPC adapter of the API contract. A call is accepted only from the top frame of one of the app's
 * own windows, which acts with that window's role (kiosk or display), as a paired device does on the LAN.
 */
export function installIpcBridge(dispatcher: Dispatcher, core: OfficeCore, windows: WindowRoles<WebContents>): void {
  ipcMain.handle('loket:call', (event, method: unknown, input: unknown) => {
    const caller = windows.callerFor(event);
    if (!caller) {
      return { ok: false, status: 403, error: { code: 'forbidden', message: 'IPC calls are accepted only from the Loket windows.' } };
    }
    return dispatcher.dispatch(String(method), input, caller);
  });
  core.subscribe((e) => {
    for (const contents of windows.windows()) {
      if (!contents.isDestroyed()) contents.send('loket:event', e);
    }
  });
}
