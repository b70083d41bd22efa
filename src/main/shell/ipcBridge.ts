import { ipcMain, type WebContents } from 'electron';
import type { Dispatcher } from '../api/dispatcher';
import type { OfficeCore } from '../core/officeCore';

/**
 * The IPC adapter of the API contract. Calls are accepted only from the kiosk window's own top frame;
 * the kiosk window holds the kiosk role, exactly as a paired kiosk does on the LAN.
 */
export function installIpcBridge(dispatcher: Dispatcher, core: OfficeCore, trusted: () => WebContents | null): void {
  ipcMain.handle('loket:call', (event, method: unknown, input: unknown) => {
    const kiosk = trusted();
    if (!kiosk || event.sender !== kiosk || event.senderFrame !== kiosk.mainFrame) {
      return { ok: false, status: 403, error: { code: 'forbidden', message: 'IPC calls are accepted only from the kiosk window.' } };
    }
    return dispatcher.dispatch(String(method), input, { role: 'kiosk', via: 'ipc', local: true });
  });
  core.subscribe((e) => {
    const kiosk = trusted();
    if (kiosk && !kiosk.isDestroyed()) kiosk.send('loket:event', e);
  });
}
