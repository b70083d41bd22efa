import type { KeyObject } from 'node:crypto';
import { posix, win32 } from 'node:path';
import type { UpdatesOff } from '../../shared/api/methods/shell';
import { parsePublicKey } from './releaseSignature';

/**
 * Whether this installation can update itself unattended, as the kiosk's own (standard) user, and how.
 * Only two layouts can: the per-user NSIS install on Windows (in the user's %LOCALAPPDATA%, no UAC) and
 * an AppImage on Linux in a folder the kiosk user owns. Anything else gets a reason instead, shown on the
 * supervisor's Sistem tab, rather than an installer that fails at night asking for an administrator.
 */

export type InstallTarget =
  /** The running AppImage (electron-updater replaces this file in place). */
  | { kind: 'appimage'; appImage: string }
  /** Where each NSIS install leaves a copy of its own installer (electron-builder: <updaterCacheDirName>\installer.exe). */
  | { kind: 'nsis'; installerStore: string };

/** Why updates are off: the rule for the screen, what it names (a path, a key error), and the operator's English sentence. */
export interface Off {
  why: UpdatesOff;
  detail?: string;
  reason: string;
}

export type UpdateSetup = { ok: true; target: InstallTarget; publicKey: KeyObject } | ({ ok: false } & Off);

export interface SetupFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  execPath: string;
  /** The office configuration's update.publicKey. */
  publicKey: string | undefined;
}

/** electron-builder's updater cache folder for productName "Loket" (`${sanitizedName}-updater`). */
const UPDATER_CACHE_DIR = 'loket-updater';

function target(facts: SetupFacts): InstallTarget | Off {
  const { platform, env, execPath } = facts;
  if (platform === 'linux') {
    const appImage = env.APPIMAGE;
    if (!appImage) return { why: 'deb_install', reason: 'Installed from the deb package: updates come with apt, from the IT officer (only the AppImage updates itself).' };
    // electron-updater keeps a version-free name and renames a versioned one, which the service would no longer find.
    if (/\d+\.\d+\.\d+/.test(posix.basename(appImage))) {
      return {
        why: 'versioned_appimage',
        detail: appImage,
        reason: `The AppImage ${appImage} has a version in its name: an update would be saved under another name. Rename it to Loket.AppImage (and start that).`,
      };
    }
    return { kind: 'appimage', appImage };
  }
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    const inside = local ? win32.relative(local, execPath) : '..';
    if (inside.startsWith('..') || win32.isAbsolute(inside)) {
      const folder = win32.dirname(execPath);
      return {
        why: 'all_users_install',
        detail: folder,
        reason: `Installed for all users (${folder}): the kiosk user cannot update it. Uninstall it and install Loket as the kiosk user (per-user installer).`,
      };
    }
    return { kind: 'nsis', installerStore: win32.join(local as string, UPDATER_CACHE_DIR, 'installer.exe') };
  }
  return { why: 'unsupported_platform', reason: 'Automatic updates are made for the Windows and Linux kiosks only.' };
}

/** Why updates are off in this packaged kiosk, or its install target and pinned release key. */
export function updateSetup(facts: SetupFacts): UpdateSetup {
  if (!facts.publicKey) {
    return {
      ok: false,
      why: 'no_release_key',
      reason: 'No release key is pinned (update.publicKey in the office configuration): updates are off, since only signed releases are installed.',
    };
  }
  let publicKey: KeyObject;
  try {
    publicKey = parsePublicKey(facts.publicKey);
  } catch (err) {
    const detail = (err as Error).message;
    return { ok: false, why: 'bad_release_key', detail, reason: `update.publicKey in the office configuration is not a usable Ed25519 key (${detail}): updates are off.` };
  }
  const found = target(facts);
  return 'why' in found ? { ok: false, ...found } : { ok: true, target: found, publicKey };
}
