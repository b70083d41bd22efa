import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../src/main/shell/appProtocol';
import { WindowRoles } from '../../../src/main/shell/windowRoles';

function contents(url = 'loket://app/kiosk') {
  const mainFrame = { url };
  return { mainFrame };
}

describe('the IPC sender check', () => {
  it('gives each window its own role', () => {
    const roles = new WindowRoles(isAppUrl);
    const kiosk = contents();
    const tv = contents('loket://app/display');
    roles.register(kiosk, 'kiosk');
    roles.register(tv, 'display');
    expect(roles.callerFor({ sender: kiosk, senderFrame: kiosk.mainFrame })).toEqual({ role: 'kiosk', via: 'ipc', local: true, source: 'ipc:kiosk' });
    expect(roles.callerFor({ sender: tv, senderFrame: tv.mainFrame })).toEqual({ role: 'display', via: 'ipc', local: true, source: 'ipc:display' });
  });

  it('refuses unknown windows, sub-frames, foreign origins and closed windows', () => {
    const roles = new WindowRoles(isAppUrl);
    const kiosk = contents();
    roles.register(kiosk, 'kiosk');
    expect(roles.callerFor({ sender: contents(), senderFrame: null })).toBeNull();
    expect(roles.callerFor({ sender: kiosk, senderFrame: { url: 'loket://app/kiosk' } })).toBeNull();
    expect(roles.callerFor({ sender: kiosk, senderFrame: null })).toBeNull();
    kiosk.mainFrame.url = 'https://evil.example/';
    expect(roles.callerFor({ sender: kiosk, senderFrame: kiosk.mainFrame })).toBeNull();
    kiosk.mainFrame.url = 'file:///etc/passwd';
    expect(roles.callerFor({ sender: kiosk, senderFrame: kiosk.mainFrame })).toBeNull();
    kiosk.mainFrame.url = 'loket://app/kiosk';
    roles.unregister(kiosk);
    expect(roles.callerFor({ sender: kiosk, senderFrame: kiosk.mainFrame })).toBeNull();
  });
});
