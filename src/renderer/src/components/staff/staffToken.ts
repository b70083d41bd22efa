import { TOKEN_STORAGE_KEY } from '../../api/token';

/** Keeps the staff session's token where the API client reads it (Bearer header and the event socket). */
export function storeToken(token: string): void {
  try {
    window.localStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // Storage disabled by policy: the session works until the page reloads, the client then has no token.
  }
}

export function forgetToken(): void {
  try {
    window.localStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** True when another tab of this browser signed in or out, so this tab re-checks who it is. */
export function isTokenChange(event: StorageEvent): boolean {
  return event.key === TOKEN_STORAGE_KEY || event.key === null;
}
