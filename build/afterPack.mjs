import { flipFuses } from '@electron/fuses';
import { electronBinaryPath, LOKET_FUSES } from './fuses.mjs';
import { checkNativeModules } from './nativeAbi.mjs';

/** builder-util's Arch enum, as electron-builder passes it in the context. */
const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

/**
 * electron-builder's afterPack hook, before signing and before the installers are made:
 * 1. every native module in the packed app must load in the packaged Electron (build/nativeAbi.mjs reads
 *    each `.node` file); otherwise packaging fails, naming the file, its ABI and Electron's;
 * 2. the fuses are flipped in the Electron binary.
 */
export default async function afterPack(context) {
  const { appOutDir, electronPlatformName, packager, arch } = context;
  const electronVersion = packager.info?.framework?.version ?? packager.config?.electronVersion;
  if (!electronVersion) throw new Error('afterPack: the packaged Electron version is not known');
  const modules = checkNativeModules({
    appOutDir,
    platform: electronPlatformName,
    arch: typeof arch === 'number' ? ARCH_NAMES[arch] : arch,
    electronVersion,
  });
  for (const line of modules) console.log(`  • native module ${line}`);

  const binary = electronBinaryPath(appOutDir, electronPlatformName, packager.appInfo.productFilename, packager.executableName);
  await flipFuses(binary, { ...LOKET_FUSES, resetAdHocDarwinSignature: electronPlatformName === 'darwin' });
  console.log(`  • fuses flipped in ${binary}`);
}
