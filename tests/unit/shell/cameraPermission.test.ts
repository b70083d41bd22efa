import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../src/main/shell/appProtocol';
import { allowsKioskCamera, type PermissionAsk } from '../../../src/main/shell/cameraPermission';

/** The one permission the Electron shell gives: the kiosk window's camera, for booking QR codes. */
const kioskCamera: PermissionAsk = { fromKiosk: true, permission: 'media', mediaTypes: ['video'], url: 'loket://app/kiosk', isMainFrame: true };
const allows = (change: Partial<PermissionAsk>) => allowsKioskCamera({ ...kioskCamera, ...change }, isAppUrl);

describe('the camera permission', () => {
  it("gives the kiosk window's own page its camera, also when Electron's check names no media type", () => {
    expect(allows({})).toBe(true);
    expect(allows({ mediaTypes: [] })).toBe(true);
  });

  it('never gives the microphone, alone or with the camera', () => {
    expect(allows({ mediaTypes: ['audio'] })).toBe(false);
    expect(allows({ mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(allows({ mediaTypes: ['unknown'] })).toBe(false);
  });

  it("refuses the TV's window, other pages and frames, and every other permission", () => {
    expect(allows({ fromKiosk: false })).toBe(false);
    expect(allows({ url: 'http://192.168.1.20:5170/kiosk' })).toBe(false);
    expect(allows({ url: 'https://example.com/' })).toBe(false);
    expect(allows({ isMainFrame: false })).toBe(false);
    for (const permission of ['display-capture', 'geolocation', 'notifications', 'usb', 'hid', 'serial', 'clipboard-read', 'openExternal']) {
      expect(allows({ permission }), permission).toBe(false);
    }
  });
});
