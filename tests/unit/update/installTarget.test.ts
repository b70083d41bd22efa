import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { updateSetup, type SetupFacts } from '../../../src/main/update/installTarget';
import { keyId, publicKeyText } from '../../../src/main/update/releaseSignature';

const city = generateKeyPairSync('ed25519').publicKey;
const key = publicKeyText(city);
const linux: SetupFacts = { platform: 'linux', env: { APPIMAGE: '/opt/loket/Loket.AppImage' }, execPath: '/tmp/.mount_LoketXy/loket', publicKey: key };
const windows: SetupFacts = {
  platform: 'win32',
  env: { LOCALAPPDATA: 'C:\\Users\\loket\\AppData\\Local' },
  execPath: 'C:\\Users\\loket\\AppData\\Local\\Programs\\loket\\Loket.exe',
  publicKey: key,
};

describe('whether a packaged kiosk can update itself', () => {
  it('updates an AppImage in place, with the pinned key', () => {
    const setup = updateSetup(linux);
    expect(setup).toMatchObject({ ok: true, target: { kind: 'appimage', appImage: '/opt/loket/Loket.AppImage' } });
    expect(setup.ok && keyId(setup.publicKey)).toBe(keyId(city));
  });

  it('updates a per-user Windows install, keeping the installer electron-builder stores for it', () => {
    expect(updateSetup(windows)).toMatchObject({ ok: true, target: { kind: 'nsis', installerStore: 'C:\\Users\\loket\\AppData\\Local\\loket-updater\\installer.exe' } });
  });

  it('stays off without a pinned key, or with one that is not Ed25519, and says so', () => {
    expect(updateSetup({ ...linux, publicKey: undefined })).toEqual({
      ok: false,
      why: 'no_release_key',
      reason: 'No release key is pinned (update.publicKey in the office configuration): updates are off, since only signed releases are installed.',
    });
    expect(updateSetup({ ...linux, publicKey: 'AAAA' })).toMatchObject({ ok: false, why: 'bad_release_key', detail: expect.any(String), reason: expect.stringMatching(/^update\.publicKey in the office configuration is not a usable Ed25519 key/) });
  });

  it('stays off where the kiosk user cannot update the program, instead of failing at night', () => {
    expect(updateSetup({ ...linux, env: {} })).toMatchObject({ ok: false, why: 'deb_install', reason: expect.stringMatching(/^Installed from the deb package/) });
    expect(updateSetup({ ...linux, env: { APPIMAGE: '/opt/loket/Loket-1.0.0.AppImage' } })).toMatchObject({
      ok: false,
      why: 'versioned_appimage',
      detail: '/opt/loket/Loket-1.0.0.AppImage',
      reason: expect.stringMatching(/has a version in its name.*Rename it to Loket\.AppImage/),
    });
    expect(updateSetup({ ...windows, execPath: 'C:\\Program Files\\Loket\\Loket.exe' })).toMatchObject({
      ok: false,
      why: 'all_users_install',
      detail: 'C:\\Program Files\\Loket',
      reason: expect.stringMatching(/^Installed for all users \(C:\\Program Files\\Loket\)/),
    });
    expect(updateSetup({ ...windows, env: {} })).toMatchObject({ ok: false, reason: expect.stringMatching(/^Installed for all users/) });
    expect(updateSetup({ ...linux, platform: 'darwin' })).toMatchObject({ ok: false, why: 'unsupported_platform', reason: expect.stringMatching(/Windows and Linux kiosks only/) });
  });
});
