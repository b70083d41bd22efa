import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './builtOutput';

/**
 * electron-builder.yml, checked as far as a machine without the Electron binary allows: electron-builder's
 * own configuration loader and validator (app-builder-lib's getConfig + validateConfiguration, which
 * checks against its scheme.json), the fuses the afterPack hook flips, and the built files it packs.
 */
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId?: string;
  productName?: string;
  files?: (string | { filter: string[] })[];
  asarUnpack?: string[];
  extraResources?: { from: string; to: string }[];
  afterPack?: string;
  publish?: { provider: string; url: string };
  win?: { target: { target: string }[] };
  nsis?: { perMachine?: boolean; oneClick?: boolean; allowElevation?: boolean };
  linux?: { target: { target: string }[]; executableName?: string };
}

let config: BuilderConfig;
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

beforeAll(async () => {
  config = await getConfig(process.cwd(), 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
});

describe('electron-builder.yml', () => {
  it('is valid for electron-builder (its own schema validation passed in beforeAll)', () => {
    expect(config.appId).toBe('id.go.kupangkota.loket');
    expect(config.productName).toBe('Loket');
  });

  it('would be refused by that validation if it were wrong (the check is live)', async () => {
    await expect(validateConfiguration({ ...config, nsis: { perMachine: 'yes' } }, new DebugLogger(false))).rejects.toThrow(/perMachine/);
    await expect(validateConfiguration({ ...config, asarUnpacked: ['x'] }, new DebugLogger(false))).rejects.toThrow();
  });

  it('makes the NSIS installer per user without elevation (the kiosk user updates it) and the Linux AppImage and deb', () => {
    expect(config.win?.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: true });
    expect(config.nsis).not.toHaveProperty('allowElevation');
    expect(config.linux?.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    // the Linux kiosk set-up (resources/os/linux) starts the deb's /opt/Loket/loket
    expect(config.linux?.executableName).toBe('loket');
    const linuxSetUp = readdirSync('resources/os/linux').map((f) => readFileSync(join('resources/os/linux', f), 'utf8'));
    expect(linuxSetUp.join('\n')).toContain('/opt/Loket/loket');
  });

  it('unpacks the native modules from the asar and publishes to the generic feed at /updates/', () => {
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.publish).toMatchObject({ provider: 'generic' });
    expect(config.publish?.url).toMatch(/\/updates\/$/);
  });

  it('flips the fuses after packing: no run-as-node, no NODE_OPTIONS or --inspect, asar only and integrity-checked', async () => {
    expect(config.afterPack).toBe('build/afterPack.mjs');
    const hook = (await import(resolve('build/afterPack.mjs'))) as { default: unknown };
    expect(typeof hook.default).toBe('function');
    const { LOKET_FUSES, electronBinaryPath } = (await import(resolve('build/fuses.mjs'))) as {
      LOKET_FUSES: Record<string | number, unknown>;
      electronBinaryPath(dir: string, platform: string, product: string, exe: string): string;
    };
    const { FuseV1Options } = await import('@electron/fuses');
    const fuse = (name: keyof typeof FuseV1Options): unknown => LOKET_FUSES[FuseV1Options[name]];
    expect(fuse('RunAsNode')).toBe(false);
    expect(fuse('EnableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(fuse('EnableNodeCliInspectArguments')).toBe(false);
    expect(fuse('EnableEmbeddedAsarIntegrityValidation')).toBe(true);
    expect(fuse('OnlyLoadAppFromAsar')).toBe(true);
    expect(fuse('EnableCookieEncryption')).toBe(true);
    expect(fuse('GrantFileProtocolExtraPrivileges')).toBe(false);
    expect(electronBinaryPath('/d', 'win32', 'Loket', 'Loket')).toBe('/d/Loket.exe');
    expect(electronBinaryPath('/d', 'linux', 'Loket', 'loket')).toBe('/d/loket');
  });

  it('packs files that exist after `electron-vite build`', async () => {
    await ensureBuilt();
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect((config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : f.filter))).toContain('out/**');
    for (const f of [pkg.main, 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) expect(existsSync(f), f).toBe(true);
    for (const r of config.extraResources ?? []) expect(existsSync(r.from), r.from).toBe(true);
  }, 180_000);
});
