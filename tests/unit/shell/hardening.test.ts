import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './builtOutput';
import { secureWindowOptions } from '../../../src/main/shell/windowOptions';

/**
 * Electron's security checklist, asserted twice: on the source that creates every window, and on the
 * built main bundle (out/main) that a packaged kiosk actually runs.
 */

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The code without comments, so documentation that mentions an option does not count as using it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** The object literal that follows `webPreferences:` (brace-matched). */
function objectAfter(text: string, index: number): string {
  const start = text.indexOf('{', index);
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error('unbalanced object literal');
}

const REQUIRED: [string, string][] = [
  ['contextIsolation', 'true'],
  ['sandbox', 'true'],
  ['nodeIntegration', 'false'],
  ['nodeIntegrationInWorker', 'false'],
  ['nodeIntegrationInSubFrames', 'false'],
  ['webviewTag', 'false'],
  ['webSecurity', 'true'],
  ['allowRunningInsecureContent', 'false'],
  ['experimentalFeatures', 'false'],
];

function assertSecurePreferences(literal: string): void {
  for (const [key, value] of REQUIRED) {
    expect(literal, key).toMatch(new RegExp(`\\b${key}:\\s*${value}\\b`));
  }
  expect(literal).not.toMatch(/\bdevTools:\s*true\b/);
}

describe('the source that creates windows', () => {
  const sources = filesUnder('src', /\.tsx?$/).map((f) => ({ file: relative('.', f), text: code(readFileSync(f, 'utf8')) }));

  it('creates every BrowserWindow with secureWindowOptions, and sets webPreferences nowhere else', () => {
    const creations = sources.flatMap((s) => [...s.text.matchAll(/new BrowserWindow\(([^)]*)/g)].map((m) => ({ file: s.file, args: m[1] ?? '' })));
    expect(creations.length).toBeGreaterThan(0);
    for (const c of creations) expect(c.args, c.file).toMatch(/^secureWindowOptions\(/);
    expect(sources.filter((s) => /webPreferences/.test(s.text)).map((s) => s.file)).toEqual(['src/main/shell/windowOptions.ts']);
  });

  it('imports Electron only in the shell, the Electron entry and the preload', () => {
    const importers = sources.filter((s) => /from 'electron'|require\('electron'\)/.test(s.text)).map((s) => s.file);
    for (const f of importers) expect(f).toMatch(/^src\/main\/shell\/|^src\/main\/index\.ts$|^src\/preload\//);
  });

  it('gives the secure preferences in production and in development, DevTools only in development', () => {
    for (const production of [true, false]) {
      const prefs = secureWindowOptions('/p.cjs', { production }).webPreferences ?? {};
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
      expect(prefs.devTools).toBe(!production);
    }
    expect(secureWindowOptions('/p.cjs', { production: true })).toMatchObject({ kiosk: true, fullscreen: true });
  });
});

describe('the built main bundle (out/main)', () => {
  let bundle = '';
  let preload = '';

  beforeAll(async () => {
    await ensureBuilt();
    bundle = code(filesUnder('out/main', /\.js$/).map((f) => readFileSync(f, 'utf8')).join('\n'));
    preload = code(readFileSync('out/preload/index.cjs', 'utf8'));
  }, 180_000);

  it('has exactly one webPreferences literal, and it is locked down', () => {
    const uses = [...bundle.matchAll(/webPreferences/g)];
    expect(uses).toHaveLength(1);
    assertSecurePreferences(objectAfter(bundle, uses[0]?.index ?? 0));
    expect(bundle).toMatch(/devTools:\s*!options\.production/);
  });

  it('never loosens anything anywhere in the bundle', () => {
    for (const bad of [/contextIsolation:\s*false/, /sandbox:\s*false/, /nodeIntegration:\s*true/, /webviewTag:\s*true/, /webSecurity:\s*false/, /\.loadFile\(/, /openDevTools\(/]) {
      expect(bundle).not.toMatch(bad);
    }
    for (const m of bundle.matchAll(/new BrowserWindow\(([^)]*)/g)) expect(m[1]).toMatch(/^secureWindowOptions\(/);
  });

  it('blocks new windows, navigation away, webview, permissions but the kiosk camera, and downloads, and serves the UI from loket://', () => {
    expect(bundle).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: "deny" \}\)\)/);
    expect(bundle).toContain('"will-navigate"');
    expect(bundle).toContain('"will-attach-webview"');
    expect(bundle).toContain('"before-input-event"');
    expect(bundle).toContain('setVisualZoomLevelLimits(1, 1)');
    // Every permission refused but the kiosk window's camera (the rule itself: cameraPermission.test.ts).
    expect(bundle).toMatch(/callback\(mediaTypes\.length > 0 && allowsKioskCamera\(/);
    expect(bundle).toMatch(/setPermissionCheckHandler\(\(contents, permission, origin, details\) => allowsKioskCamera\(/);
    expect(bundle).toMatch(/setDevicePermissionHandler\(\(\) => false\)/);
    expect(bundle).toContain('"will-download"');
    expect(bundle).toContain('registerSchemesAsPrivileged');
    expect(bundle).toMatch(/protocol\.handle\(/);
    expect(bundle).toContain('app.enableSandbox()');
    expect(bundle).toContain('requestSingleInstanceLock()');
    expect(bundle).toContain('powerSaveBlocker.start("prevent-display-sleep")');
    expect(bundle).toContain('Menu.setApplicationMenu(null)');
    expect(bundle).toContain('"autoplay-policy", "no-user-gesture-required"');
  });

  it('checks the IPC sender and exposes only the typed API in the preload', () => {
    expect(bundle).toMatch(/ipcMain\.handle\("loket:call", async \(event, method, input\) => \{\s*const windowCaller = windows\.callerFor\(event\);\s*if \(!windowCaller\)/);
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\("loket", \{\s*call: \(method, input\) => electron\.ipcRenderer\.invoke\("loket:call", method, input\),\s*onEvent\(listener\)/);
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(new Set([...preload.matchAll(/"(loket:[a-z]+)"/g)].map((m) => m[1]))).toEqual(new Set(['loket:call', 'loket:event']));
    // the raw ipcRenderer is never handed to the page, only used inside the two functions
    expect(preload).not.toMatch(/:\s*electron\.ipcRenderer\s*[,}]/);
  });
});
