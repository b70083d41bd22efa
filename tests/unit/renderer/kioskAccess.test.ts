import { describe, expect, it } from 'vitest';
import { accessAfterProbe } from '../../../src/renderer/src/components/pairing/kioskAccess';

const browser = { electron: false, tokenStored: false };

describe('accessAfterProbe (pairing a rating tablet or a second kiosk)', () => {
  it('lets the page in when the kiosk-role probe answered (loopback, a paired token, the Electron kiosk)', () => {
    expect(accessAfterProbe(null, browser)).toBe('allowed');
    expect(accessAfterProbe(null, { electron: true, tokenStored: false })).toBe('allowed');
  });

  it('asks to be paired when a LAN browser has no valid credential', () => {
    expect(accessAfterProbe('unauthorized', browser)).toBe('unpaired');
    expect(accessAfterProbe('unauthorized', { electron: false, tokenStored: true })).toBe('unpaired');
  });

  it('does not pair over another device’s token (one token per browser profile)', () => {
    expect(accessAfterProbe('forbidden', { electron: false, tokenStored: true })).toBe('otherRole');
  });

  it('never shows a pairing code inside Electron, whose window roles come from the main process', () => {
    expect(accessAfterProbe('unauthorized', { electron: true, tokenStored: false })).toBe('refused');
    expect(accessAfterProbe('forbidden', { electron: true, tokenStored: false })).toBe('refused');
  });

  it('asks again when the office did not answer', () => {
    expect(accessAfterProbe('network', browser)).toBe('unreachable');
    expect(accessAfterProbe('internal', browser)).toBe('unreachable');
  });
});
