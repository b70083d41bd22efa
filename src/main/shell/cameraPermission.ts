/** A permission question as Electron asks it, reduced to what the answer depends on (tested without Electron). */
export interface PermissionAsk {
  /** Asked by the kiosk window (the touchscreen), not the TV's or any other contents. */
  fromKiosk: boolean;
  permission: string;
  /** The media asked for; empty when Electron's check names none. */
  mediaTypes: readonly string[];
  /** The asking page, and whether it is the window's top frame. */
  url: string;
  isMainFrame: boolean;
}

/**
 * The one permission Loket ever gives: the camera (video, never the microphone) to the kiosk window's
 * own page, so it can read booking QR codes. Every other permission of every window stays refused.
 */
export function allowsKioskCamera(ask: PermissionAsk, isTrustedUrl: (url: string) => boolean): boolean {
  return ask.fromKiosk && ask.isMainFrame && ask.permission === 'media' && ask.mediaTypes.every((type) => type === 'video') && isTrustedUrl(ask.url);
}
