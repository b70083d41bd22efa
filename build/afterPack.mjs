import { flipFuses } from '@electron/fuses';
import { electronBinaryPath, LOKET_FUSES } from './fuses.mjs';

/** electron-builder's afterPack hook: flips the fuses before signing and before the installers are made. */
export default async function afterPack(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const binary = electronBinaryPath(appOutDir, electronPlatformName, packager.appInfo.productFilename, packager.executableName);
  await flipFuses(binary, { ...LOKET_FUSES, resetAdHocDarwinSignature: electronPlatformName === 'darwin' });
  console.log(`  • fuses flipped in ${binary}`);
}
