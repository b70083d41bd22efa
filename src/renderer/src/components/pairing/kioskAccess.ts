import type { ClientErrorCode } from '../../api/client';

/**
 * Whether this page may act as the kiosk, from the answer to a kiosk-role probe:
 * - allowed: the probe answered (a paired token, the office PC's loopback, or the Electron kiosk window);
 * - unpaired: no valid credential in a LAN browser: show a pairing code;
 * - otherRole: this browser holds another device's token (one token per browser profile);
 * - refused: inside Electron, a window the office does not treat as the kiosk;
 * - unreachable: no answer yet; ask again.
 */
export type KioskAccess = 'checking' | 'allowed' | 'unpaired' | 'otherRole' | 'refused' | 'unreachable';

export function accessAfterProbe(error: ClientErrorCode | null, where: { electron: boolean; tokenStored: boolean }): KioskAccess {
  if (error === null) return 'allowed';
  if (error === 'unauthorized' || error === 'forbidden') {
    if (where.electron) return 'refused';
    return error === 'forbidden' && where.tokenStored ? 'otherRole' : 'unpaired';
  }
  // The office itself failed or is not up yet (a kiosk PC often boots faster than the server): try again.
  return 'unreachable';
}
