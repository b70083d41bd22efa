/** Types of build/afterPack.mjs, for the tests: the part of electron-builder's AfterPackContext it reads. */
export interface LoketAfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  /** builder-util's Arch enum (1 = x64, 3 = arm64) or its name */
  arch: number | string;
  packager: {
    info?: { framework?: { version: string } };
    config?: { electronVersion?: string };
    appInfo: { productFilename: string };
    executableName?: string;
  };
}

export default function afterPack(context: LoketAfterPackContext): Promise<void>;
