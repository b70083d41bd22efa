/** Types of build/nativeAbi.mjs, for the tests. */
export class NativeModuleError extends Error {}

export interface ElectronNativeAbi {
  electronVersion: string;
  /** NODE_MODULE_VERSION */
  abi: number;
  /** Node-API version of the Node inside Electron */
  napi: number;
}

export type NativeModule = { file: string; format: 'ELF' | 'PE'; arch: string } & (
  | { kind: 'napi'; napiVersion: number; napiVersionDeclared: boolean }
  | { kind: 'abi'; abi: number }
);

export function electronNativeAbi(electronVersion: string): ElectronNativeAbi;
export function readNativeModule(file: string): NativeModule;
export function describeAbi(mod: NativeModule): string;
export function findNativeModules(dir: string): string[];
export function checkNativeModules(options: { appOutDir: string; platform: string; arch: string; electronVersion: string }): string[];
