import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import afterPack, { type LoketAfterPackContext } from '../../../build/afterPack.mjs';
import { checkNativeModules, electronNativeAbi, NativeModuleError, readNativeModule } from '../../../build/nativeAbi.mjs';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * The packaged kiosk's native modules: build/nativeAbi.mjs reads the ABI a `.node` file was built for from
 * the file itself (the real better-sqlite3 and argon2 binaries npm installed, and crafted copies built "for
 * the wrong runtime"), and build/afterPack.mjs fails packaging when the packaged Electron cannot load one.
 * The after-pack steps run here on a test app folder laid out as electron-builder leaves it, with a stand-in
 * Electron binary that carries Electron's fuse wire.
 */
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
const ELECTRON = pkg.devDependencies.electron as string;
const SQLITE_DIR = dirname(require.resolve('better-sqlite3/package.json'));
const prebuild = (name: string): string => join(SQLITE_DIR, 'prebuilds', `${name}.node`);
const ARGON2 = join(dirname(require.resolve('@node-rs/argon2-linux-x64-gnu/package.json')), 'argon2.linux-x64-gnu.node');

const tmp = makeTempDir('loket-native-');
afterAll(() => tmp.remove());

/** A copy of a binary with some bytes replaced (each `from` must occur `times` times). */
function patched(source: string, name: string, edits: { from: Buffer; to: Buffer; times: number }[]): string {
  const buf = readFileSync(source);
  for (const { from, to, times } of edits) {
    expect(to.length).toBe(from.length);
    let count = 0;
    for (let at = buf.indexOf(from); at !== -1; at = buf.indexOf(from, at + from.length)) {
      to.copy(buf, at);
      count++;
    }
    expect(count, `occurrences of ${from.toString('hex')} in ${source}`).toBe(times);
  }
  const file = join(tmp.path, name);
  writeFileSync(file, buf);
  return file;
}

/** Same-length name, e.g. `node_api_module_get_api_version_v1` (34) becomes `node_register_module_v137` + NULs. */
function renamed(from: string, to: string): { from: Buffer; to: Buffer; times: number } {
  return { from: Buffer.from(`${from}\0`, 'latin1'), to: Buffer.concat([Buffer.from(to, 'latin1'), Buffer.alloc(from.length + 1 - to.length)]), times: 2 };
}

/** The NODE_MODULE_VERSION of the Node running the tests (137 for Node 24), not Electron's. */
const NODE_ABI = Number(process.versions.modules);

/**
 * better-sqlite3's own Linux binary turned into what a V8-bound rebuild for this Node would give: a module
 * exporting node_register_module_v<Node's NODE_MODULE_VERSION> and no Node-API entry point.
 */
function builtForNode(name = 'node-abi.node'): string {
  return patched(prebuild('linux-x64'), name, [
    renamed('node_api_module_get_api_version_v1', `node_register_module_v${NODE_ABI}`),
    renamed('napi_register_module_v1', 'napi_register_module_x1'),
  ]);
}

/** better-sqlite3's Linux binary stating Node-API 11 (`endbr64; mov eax, 11; ret`). */
function needsNapi11(name = 'napi11.node'): string {
  return patched(prebuild('linux-x64'), name, [
    { from: Buffer.from('f30f1efab80a000000c3', 'hex'), to: Buffer.from('f30f1efab80b000000c3', 'hex'), times: 1 },
  ]);
}

describe('reading the ABI from a built .node file', () => {
  it('reads the installed better-sqlite3 as a Node-API 10 module, which this Node can load', () => {
    const mod = readNativeModule(prebuild('linux-x64'));
    expect(mod).toMatchObject({ format: 'ELF', arch: 'x64', kind: 'napi', napiVersion: 10, napiVersionDeclared: true });
    // the file the tests and browser mode load is that one, and this Node offers at least that Node-API version
    expect(Number(process.versions.napi)).toBeGreaterThanOrEqual(10);
    const db = new Database(':memory:');
    expect(db.prepare('select 1 as one').get()).toEqual({ one: 1 });
    db.close();
  });

  it('reads the Windows (PE) and arm64 binaries of the same release', () => {
    expect(readNativeModule(prebuild('win32-x64'))).toMatchObject({ format: 'PE', arch: 'x64', kind: 'napi', napiVersion: 10 });
    expect(readNativeModule(prebuild('win32-arm64'))).toMatchObject({ format: 'PE', arch: 'arm64', kind: 'napi', napiVersion: 10 });
    expect(readNativeModule(prebuild('linux-arm64'))).toMatchObject({ format: 'ELF', arch: 'arm64', kind: 'napi', napiVersion: 10 });
  });

  it('reads @node-rs/argon2 as Node-API without a stated version (Node then assumes 8)', () => {
    expect(readNativeModule(ARGON2)).toMatchObject({ format: 'ELF', arch: 'x64', kind: 'napi', napiVersion: 8, napiVersionDeclared: false });
  });

  it('reads NODE_MODULE_VERSION from a V8-bound module and a changed Node-API version', () => {
    expect(readNativeModule(builtForNode())).toMatchObject({ format: 'ELF', arch: 'x64', kind: 'abi', abi: NODE_ABI });
    expect(readNativeModule(needsNapi11())).toMatchObject({ kind: 'napi', napiVersion: 11 });
  });

  it('refuses files it cannot read', () => {
    const text = join(tmp.path, 'text.node');
    writeFileSync(text, 'not a library');
    expect(() => readNativeModule(text)).toThrow(NativeModuleError);
    expect(() => readNativeModule(prebuild('darwin-arm64'))).toThrow(/Mach-O/);
    const noEntry = patched(prebuild('linux-x64'), 'no-entry.node', [renamed('napi_register_module_v1', 'napi_register_module_x1')]);
    expect(() => readNativeModule(noEntry)).toThrow(/neither napi_register_module_v1 nor node_register_module_v<N>/);
  });
});

describe("the packaged Electron's ABI", () => {
  it(`is read from node-abi, and matches the abi_version file of the installed electron ${ELECTRON}`, () => {
    const installed = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(ELECTRON);
    const abi = electronNativeAbi(ELECTRON);
    expect(abi.abi).toBe(Number(readFileSync(join(dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8')));
    expect(abi.napi).toBe(10);
  });

  it('names an Electron it does not know', () => {
    expect(() => electronNativeAbi('22.0.0')).toThrow(/Node-API version is not known/);
    expect(() => electronNativeAbi('999.0.0')).toThrow(/node-abi does not know/);
  });
});

/** An app folder as electron-builder leaves it before afterPack: the Electron binary and resources/. */
function appFolder(name: string, platform: 'linux' | 'win32', modules: Record<string, string>): { dir: string; binary: string } {
  const dir = join(tmp.path, name);
  const unpacked = join(dir, 'resources', 'app.asar.unpacked');
  mkdirSync(unpacked, { recursive: true });
  writeFileSync(join(dir, 'resources', 'app.asar'), 'asar stand-in');
  for (const [to, from] of Object.entries(modules)) {
    mkdirSync(dirname(join(unpacked, to)), { recursive: true });
    copyFileSync(from, join(unpacked, to));
  }
  // The fuse wire as Electron ships it (sentinel, wire version 1, 9 fuses), inside some other bytes.
  const wire = Buffer.from([FuseState.ENABLE, FuseState.DISABLE, FuseState.ENABLE, FuseState.ENABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.ENABLE, FuseState.ENABLE]);
  const binary = join(dir, platform === 'win32' ? 'Loket.exe' : 'loket');
  writeFileSync(binary, Buffer.concat([Buffer.alloc(4096, 0xcc), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, wire.length]), wire, Buffer.alloc(4096, 0xcc)]));
  return { dir, binary };
}

function context(dir: string, platform: 'linux' | 'win32'): LoketAfterPackContext {
  return {
    appOutDir: dir,
    electronPlatformName: platform,
    arch: 1, // Arch.x64
    packager: { info: { framework: { version: ELECTRON } }, appInfo: { productFilename: 'Loket' }, executableName: platform === 'win32' ? 'Loket' : 'loket' },
  };
}

const SQLITE_LINUX = 'node_modules/better-sqlite3/prebuilds/linux-x64.node';
const ARGON2_LINUX = 'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node';

describe('afterPack on a test app folder', () => {
  it('accepts the Node-API modules and flips the fuses (Linux)', async () => {
    const app = appFolder('linux-ok', 'linux', { [SQLITE_LINUX]: prebuild('linux-x64'), [ARGON2_LINUX]: ARGON2 });
    await afterPack(context(app.dir, 'linux'));
    const wire = await getCurrentFuseWire(app.binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  });

  it('accepts the Windows binary in a Windows package', async () => {
    const app = appFolder('win-ok', 'win32', { 'node_modules/better-sqlite3/prebuilds/win32-x64.node': prebuild('win32-x64') });
    await afterPack(context(app.dir, 'win32'));
    expect((await getCurrentFuseWire(app.binary))[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
  });

  it("fails on a module built for Node's ABI, naming the file, its ABI and Electron's, before touching the fuses", async () => {
    const app = appFolder('node-abi', 'linux', { 'node_modules/better-sqlite3/build/Release/better_sqlite3.node': builtForNode('rebuilt.node') });
    const before = readFileSync(app.binary);
    const { abi } = electronNativeAbi(ELECTRON);
    const failure = afterPack(context(app.dir, 'linux'));
    await expect(failure).rejects.toThrow(NativeModuleError);
    await expect(failure).rejects.toThrow(
      `resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node was built for NODE_MODULE_VERSION ${NODE_ABI}, but Electron ${ELECTRON} needs NODE_MODULE_VERSION ${abi}`,
    );
    expect(readFileSync(app.binary).equals(before)).toBe(true);
  });

  it('fails on a Node-API version newer than Electron has, on another platform\'s binary, and without better-sqlite3', async () => {
    const napi = appFolder('napi11', 'linux', { [SQLITE_LINUX]: needsNapi11('napi11-app.node') });
    await expect(afterPack(context(napi.dir, 'linux'))).rejects.toThrow(`${SQLITE_LINUX} needs Node-API 11, but Electron ${ELECTRON} provides Node-API 10`);
    const foreign = appFolder('foreign', 'linux', { [SQLITE_LINUX]: prebuild('linux-x64'), 'node_modules/better-sqlite3/prebuilds/win32-x64.node': prebuild('win32-x64') });
    await expect(afterPack(context(foreign.dir, 'linux'))).rejects.toThrow('win32-x64.node is a PE x64 library, but this package is for linux x64');
    const none = appFolder('none', 'linux', { [ARGON2_LINUX]: ARGON2 });
    await expect(afterPack(context(none.dir, 'linux'))).rejects.toThrow(/better-sqlite3's native module is missing/);
  });

  it('lists every loadable module it checked', () => {
    const app = appFolder('listed', 'linux', { [SQLITE_LINUX]: prebuild('linux-x64'), [ARGON2_LINUX]: ARGON2 });
    const lines = checkNativeModules({ appOutDir: app.dir, platform: 'linux', arch: 'x64', electronVersion: ELECTRON });
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes('better-sqlite3'))).toMatch(/Node-API 10, loads in Electron/);
  });
});

describe('what electron-builder packs of better-sqlite3', () => {
  /** electron-builder's own node_modules filter for electron-builder.yml, per platform (app-builder-lib). */
  async function packedFiles(platform: 'linux' | 'win'): Promise<string[]> {
    const { getConfig } = require('app-builder-lib/out/util/config/config') as {
      getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Record<string, unknown> & { linux: object; win: object }>;
    };
    const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher') as {
      getNodeModuleFileMatcher(appDir: string, dest: string, expand: (p: string) => string, platformOptions: object, packager: object): {
        createFilter(): (file: string, stat: ReturnType<typeof statSync>) => boolean;
      };
    };
    const { expandMacro } = require('app-builder-lib/out/util/macroExpander') as {
      expandMacro(pattern: string, arch: string | null, appInfo: object, extra: object): string;
    };
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    const expand = (p: string): string => expandMacro(p, 'x64', { productName: 'Loket' }, { os: platform });
    const matcher = getNodeModuleFileMatcher(process.cwd(), '/app', expand, config[platform], { config, debugLogger: { isEnabled: false } });
    const filter = matcher.createFilter();
    const kept: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        const stat = statSync(path);
        if (!filter(path, stat)) continue;
        if (stat.isDirectory()) walk(path);
        else kept.push(relative(SQLITE_DIR, path));
      }
    };
    walk(SQLITE_DIR);
    return kept.sort();
  }

  it("keeps only the target platform's binary and the JavaScript, not the sources", async () => {
    for (const [platform, binary] of [['linux', 'prebuilds/linux-x64.node'], ['win', 'prebuilds/win32-x64.node']] as const) {
      const kept = await packedFiles(platform);
      expect(kept.filter((f) => f.endsWith('.node')), platform).toEqual([binary]);
      expect(kept).toContain('lib/index.js');
      expect(kept).toContain('package.json');
      expect(kept.filter((f) => /^(src|deps|build)\/|binding\.gyp/.test(f)), platform).toEqual([]);
    }
  });
});
