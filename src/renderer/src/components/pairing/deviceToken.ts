import { TOKEN_STORAGE_KEY, readToken } from '../../api/token';
import { electronBridge } from '../../api/ipcTransport';

/** In Electron the window's role comes from the main process; a LAN browser needs its own paired token. */
export function needsPairing(): boolean {
  return electronBridge() === null && readToken() === null;
}

export function storeToken(token: string): void {
  window.localStorage.setItem(TOKEN_STORAGE_KEY, token);
}

/** Forgets a credential the office refused, so a reload shows the pairing code too. */
export function forgetToken(): void {
  try {
    window.localStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Storage disabled: there is no token to forget.
  }
}
