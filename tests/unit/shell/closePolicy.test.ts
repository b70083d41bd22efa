import { describe, expect, it } from 'vitest';
import { ClosePolicy } from '../../../src/main/shell/closePolicy';

describe('ClosePolicy', () => {
  it('vetoes closing a window in kiosk mode, so Alt+F4 from the window manager or a compositor cannot end the kiosk', () => {
    const policy = new ClosePolicy();
    expect(policy.mayClose()).toBe(false);
  });

  it('lets windows close after a supervisor left kiosk mode', () => {
    const policy = new ClosePolicy();
    policy.leaveKioskMode();
    expect(policy.mayClose()).toBe(true);
  });

  it('never holds back a quit (an update install, an OS shutdown)', () => {
    const policy = new ClosePolicy();
    policy.appEnding();
    expect(policy.mayClose()).toBe(true);
  });

  it('quits the app when the kiosk window is gone, so the OS starts it afresh, but not twice while it is already ending', () => {
    const policy = new ClosePolicy();
    expect(policy.quitAfterKioskClosed()).toBe(true);
    policy.leaveKioskMode();
    expect(policy.quitAfterKioskClosed()).toBe(true);
    policy.appEnding();
    expect(policy.quitAfterKioskClosed()).toBe(false);
  });
});
