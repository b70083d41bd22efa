import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Electron's fuses for the packaged kiosk, flipped in the binary itself after packing:
 * the binary can no longer be used as a plain Node (ELECTRON_RUN_AS_NODE), take NODE_OPTIONS or
 * --inspect, or load an app from outside its integrity-checked asar.
 */
export const LOKET_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // The UI is served from loket://, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packed Electron executable in electron-builder's output folder, per platform. */
export function electronBinaryPath(appOutDir, platform, productFilename, executableName) {
  if (platform === 'darwin') return `${appOutDir}/${productFilename}.app`;
  if (platform === 'win32') return `${appOutDir}/${productFilename}.exe`;
  return `${appOutDir}/${executableName}`;
}
