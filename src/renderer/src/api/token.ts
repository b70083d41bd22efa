/** The LAN credential of this browser (set when the screen is paired); none in Electron, which uses IPC. */
export const TOKEN_STORAGE_KEY = 'loket.token';

export function readToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    // Storage can be disabled by browser policy; the screen then works without a credential.
    return null;
  }
}
