import { ipcMain, type WebContents } from 'electron';
import type { Dispatcher } from '../api/dispatcher';
import { callerFromToken } from '../auth/credentials';
import type { OfficeCore } from '../core/officeCore';
import type { Store } from '../store/store';
import { WindowSessions } from './windowSessions';
import type { WindowRoles } from './windowRoles';

/**
 * The IPC adapter of the API contract. A call is accepted only from the top frame of one of the app's
 * own windows, which acts with that window's role (kiosk or display), as a paired device does on the LAN,
 * or as the supervisor who signed in with their PIN in that window (WindowSessions).
 */
export function installIpcBridge(dispatcher: Dispatcher, core: OfficeCore, store: Store, windows: WindowRoles<WebContents>): WindowSessions<WebContents> {
  const sessions = new WindowSessions<WebContents>(
    (token) => callerFromToken(store, token, Date.now(), 'ipc'),
    (caller) => {
      const ended = dispatcher.dispatch('auth.signOut', {}, caller);
      if (ended instanceof Promise) ended.catch((err: unknown) => console.error('[shell] ending an idle window session failed:', err));
    },
  );
  ipcMain.handle('loket:call', async (event, method: unknown, input: unknown) => {
    const windowCaller = windows.callerFor(event);
    if (!windowCaller) {
      return { ok: false, status: 403, error: { code: 'forbidden', message: 'IPC calls are accepted only from the Loket windows.' } };
    }
    const name = String(method);
    const caller = sessions.callerFor(event.sender, windowCaller, Date.now());
    return sessions.afterCall(event.sender, name, await dispatcher.dispatch(name, input, caller), Date.now());
  });
  core.subscribe((e) => {
    for (const contents of windows.windows()) {
      if (!contents.isDestroyed()) contents.send('loket:event', e);
    }
  });
  return sessions;
}
