/**
 * The screen the supervisor screens return to when they were opened from the kiosk or TV window (the
 * long-press on the office name, or first-run setup on the touchscreen). Kept per window in
 * sessionStorage, so a supervisor's own browser tab on /supervisor never shows the way back.
 */
const RETURN_KEY = 'loket.returnTo';
const ALLOWED = new Set(['/kiosk', '/display']);

export function openSupervisorScreensFrom(path: string, replace = false): void {
  try {
    window.sessionStorage.setItem(RETURN_KEY, path);
  } catch {
    // Storage disabled by policy: the supervisor screens then show no way back but the idle timeout.
  }
  if (replace) window.location.replace('/supervisor');
  else window.location.assign('/supervisor');
}

/** Where "back" goes, or null when /supervisor was opened on its own. */
export function returnPath(): string | null {
  try {
    const path = window.sessionStorage.getItem(RETURN_KEY);
    return path !== null && ALLOWED.has(path) ? path : null;
  } catch {
    return null;
  }
}

export function goBack(path: string): void {
  try {
    window.sessionStorage.removeItem(RETURN_KEY);
  } catch {
    // Nothing stored.
  }
  window.location.assign(path);
}
