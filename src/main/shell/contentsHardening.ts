import type { Session, WebContents } from 'electron';
import { allowsKioskCamera } from './cameraPermission';
import { isBlockedShortcut } from './inputPolicy';

/**
 * Applied to every web contents the app ever creates (app 'web-contents-created'), so no window can
 * escape it: no new windows, no navigation away from the app, no webview, and in production none of
 * the reload, DevTools, close or zoom shortcuts.
 */
export function hardenContents(contents: WebContents, options: { production: boolean; isTrustedUrl: (url: string) => boolean }): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!options.isTrustedUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (options.production) {
    contents.on('before-input-event', (event, input) => {
      if (isBlockedShortcut(input)) event.preventDefault();
    });
    contents.on('devtools-opened', () => contents.closeDevTools());
    // Pinch zoom on the touchscreen would leave the page zoomed for the next visitor.
    contents.on('did-finish-load', () => {
      contents.setVisualZoomLevelLimits(1, 1).catch((err: unknown) => console.warn('[shell] could not turn pinch zoom off:', err));
    });
  }
}

/**
 * Permission prompts (microphone, location, notifications, USB…) are all refused but the kiosk window's
 * camera for booking QR codes (cameraPermission.ts); nothing is downloaded.
 */
export function hardenSession(session: Session, policy: { isKioskWindow: (contents: WebContents) => boolean; isTrustedUrl: (url: string) => boolean }): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    // A media request names what it wants; one naming nothing is not the camera.
    const ask = { fromKiosk: policy.isKioskWindow(contents), permission, mediaTypes, url: details.requestingUrl, isMainFrame: details.isMainFrame };
    callback(mediaTypes.length > 0 && allowsKioskCamera(ask, policy.isTrustedUrl));
  });
  // Electron also checks "media" before it asks, often without naming the type: the request above decides.
  session.setPermissionCheckHandler((contents, permission, origin, details) =>
    allowsKioskCamera(
      {
        fromKiosk: contents !== null && policy.isKioskWindow(contents),
        permission,
        mediaTypes: details.mediaType === undefined ? [] : [details.mediaType],
        url: details.requestingUrl ?? origin,
        isMainFrame: details.isMainFrame,
      },
      policy.isTrustedUrl,
    ),
  );
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
