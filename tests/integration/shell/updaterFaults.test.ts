import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UpdaterOptions } from '../../../src/main/shell/updater';
import { keyId, manifestWithSignature, signRelease } from '../../../src/main/update/releaseSignature';
import { DEFAULT_INSTALL_RULES } from '../../../src/main/update/updatePolicy';
import { UpdateTracker, type UpdateStatus } from '../../../src/main/update/updateTracker';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfig } from '../../helpers/testConfig';

/**
 * The real electron-updater (AppImage updater, generic provider), driven by the project's startUpdater,
 * against a feed served here on 127.0.0.1. Electron is faked around it: electron-updater `require`s
 * `electron` from node_modules at run time (outside vitest's module graph, so vi.mock cannot reach it),
 * so the fake is put into Node's require cache before electron-updater loads. `net.request` is Node's
 * http.request, which electron-updater drives the same way (response, error, abort). The feed is signed
 * with the city's test key, which the kiosk pins, unless a test says otherwise.
 */

const dir = makeTempDir('loket-updater-');
const nodeRequire = createRequire(import.meta.url);
const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
const fakeElectron = {
  app: {
    isPackaged: true,
    getVersion: () => '1.0.0',
    getName: () => 'Loket',
    getAppPath: () => dir.path,
    getPath: () => join(dir.path, 'userData'),
    whenReady: () => Promise.resolve(),
    on: (event: string, fn: (...args: unknown[]) => void) => listeners.set(event, [...(listeners.get(event) ?? []), fn]),
    once: (event: string, fn: (...args: unknown[]) => void) => listeners.set(event, [...(listeners.get(event) ?? []), fn]),
    quit: () => undefined,
    relaunch: () => undefined,
  },
  session: { fromPartition: () => ({}) },
  net: {
    // Electron's net.request takes the same URL fields as http.request, plus its session and redirect mode.
    request: ({ session: _session, redirect: _redirect, ...options }: Record<string, unknown>) => request(options),
  },
  autoUpdater: { emit: () => false },
};
const electronPath = nodeRequire.resolve('electron');
nodeRequire.cache[electronPath] = { id: electronPath, filename: electronPath, loaded: true, exports: fakeElectron } as unknown as NodeModule;

// What the packaged app has: resources/app-update.yml, the AppImage it runs from, a cache folder.
(process as { resourcesPath?: string }).resourcesPath = dir.path;
writeFileSync(join(dir.path, 'app-update.yml'), 'provider: generic\nurl: http://127.0.0.1:1/updates/\nupdaterCacheDirName: loket-updater\n');
writeFileSync(join(dir.path, 'Loket-1.0.0.AppImage'), randomBytes(4096));
const savedEnv = { APPIMAGE: process.env.APPIMAGE, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME };
process.env.APPIMAGE = join(dir.path, 'Loket-1.0.0.AppImage');
process.env.XDG_CACHE_HOME = join(dir.path, 'cache');

const installer = randomBytes(512 * 1024);
const sha512 = (data: Buffer) => createHash('sha512').update(data).digest('base64');
const city = generateKeyPairSync('ed25519');
const stranger = generateKeyPairSync('ed25519');
const unsignedManifest = (hash = sha512(installer)) =>
  [
    'version: 2.0.0',
    'files:',
    '  - url: Loket-2.0.0.AppImage',
    `    sha512: ${hash}`,
    `    size: ${installer.length}`,
    'path: Loket-2.0.0.AppImage',
    `sha512: ${hash}`,
    "releaseDate: '2026-12-01T00:00:00.000Z'",
    '',
  ].join('\n');
/** As `npm run release:sign` leaves it (the signature covers the version and the files listed). */
const manifest = (hash = sha512(installer), key = city.privateKey) => {
  const text = unsignedManifest(hash);
  const release = { version: '2.0.0', files: [{ url: 'Loket-2.0.0.AppImage', sha512: hash, size: installer.length }] };
  return manifestWithSignature(text, signRelease(release, key));
};

type Route = (req: IncomingMessage, res: ServerResponse) => void;
let routes: { yml: Route; installer: Route } = { yml: () => undefined, installer: () => undefined };
let installerRequests = 0;
let server: Server;
let feedUrl = '';
const sockets = new Set<import('node:net').Socket>();

const sendYml =
  (body: string): Route =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/yaml' }).end(body);
const sendInstaller: Route = (_req, res) => res.writeHead(200, { 'content-length': installer.length }).end(installer);
const notFound: Route = (_req, res) => res.writeHead(404).end('Not Found');

let startUpdater: (options: UpdaterOptions) => () => void;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  // electron-updater and the updater log every step and every failure; the assertions are on the status.
  for (const level of ['log', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
  ({ startUpdater } = await import('../../../src/main/shell/updater'));
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/updates/latest-linux.yml') return routes.yml(req, res);
    if (path === '/updates/Loket-2.0.0.AppImage') {
      installerRequests++;
      return routes.installer(req, res);
    }
    return notFound(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/updates/`;
});

let stop: (() => void) | null = null;
afterEach(async () => {
  stop?.();
  stop = null;
  installerRequests = 0;
  for (const s of sockets) s.destroy();
  // A check given up by startUpdater is still in flight inside electron-updater (which hands it to the next
  // caller): let it end before the next test. Its private fields, read only here.
  // (No handler is attached to those promises here: that would hide the unhandled rejection checked below.)
  const inside = (nodeRequire('electron-updater') as { autoUpdater: Record<string, unknown> }).autoUpdater;
  await vi.waitFor(() => expect([inside.checkForUpdatesPromise, inside.downloadPromise]).toEqual([null, null]), { timeout: 5_000, interval: 20 });
  // Node reports a rejection nobody handled once the microtasks of the turn that rejected it have run.
  await new Promise((r) => setImmediate(r));
  // Nothing the updater did may reach the process as an unhandled rejection (it used to exit Loket).
  expect(unhandled.splice(0)).toEqual([]);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  vi.restoreAllMocks();
  await new Promise((r) => server.close(r));
  process.env.APPIMAGE = savedEnv.APPIMAGE;
  process.env.XDG_CACHE_HOME = savedEnv.XDG_CACHE_HOME;
  if (savedEnv.APPIMAGE === undefined) delete process.env.APPIMAGE;
  if (savedEnv.XDG_CACHE_HOME === undefined) delete process.env.XDG_CACHE_HOME;
  delete nodeRequire.cache[electronPath];
  dir.remove();
});

/** Starts the project's updater on the test feed, pinned to the city's key unless `options` say otherwise. */
function startOnFeed(options: Partial<UpdaterOptions> = {}): UpdateTracker {
  const tracker = new UpdateTracker(() => 'replica-1', { currentVersion: '1.0.0', feedUrl: null, rules: DEFAULT_INSTALL_RULES });
  stop = startUpdater({
    tracker,
    rules: DEFAULT_INSTALL_RULES,
    replicaId: () => 'replica-1',
    feedUrl: () => feedUrl,
    // Office hours all day: a downloaded update waits, so the test never reaches quitAndInstall.
    situation: () => ({ now: Date.now(), office: testConfig().office, lastActivityAt: Date.now(), activeTickets: 0 }),
    publicKey: city.publicKey,
    ...options,
    timing: { checkTimeoutMs: 2_000, stallMs: 1_500, ...options.timing },
  });
  return tracker;
}

function waitFor(tracker: UpdateTracker, done: (s: UpdateStatus) => boolean): Promise<UpdateStatus> {
  return vi.waitFor(
    () => {
      const status = tracker.current;
      if (!done(status)) throw new Error(`the updater did not settle: ${JSON.stringify(status)}`);
      return status;
    },
    { timeout: 15_000, interval: 25 },
  );
}

/** Starts the updater on the test feed and waits until its check has ended (an error, a download, or nothing new). */
function runUpdater(timing: UpdaterOptions['timing'] = {}, url?: string, options: Partial<UpdaterOptions> = {}): Promise<UpdateStatus> {
  const tracker = startOnFeed({ timing, ...(url ? { feedUrl: () => url } : {}), ...options });
  // 'idle' is also the state before the first check: only an idle after a check counts.
  return waitFor(tracker, (s) => s.state === 'error' || s.state === 'downloaded' || (s.state === 'idle' && s.lastCheckAt !== null));
}

describe('the updater under faults of the update feed (real electron-updater)', () => {
  it('reports a missing installer (404) and keeps running', async () => {
    routes = { yml: sendYml(manifest()), installer: notFound };
    const s = await runUpdater();
    expect(s).toMatchObject({ state: 'error', availableVersion: '2.0.0' });
    expect(s.lastError).toMatch(/^Download of 2\.0\.0 failed: .*404/);
  });

  it('reports an installer whose sha512 does not match the feed', async () => {
    routes = { yml: sendYml(manifest(sha512(Buffer.from('another build')))), installer: sendInstaller };
    const s = await runUpdater();
    expect(s.state).toBe('error');
    expect(s.lastError).toMatch(/^Download of 2\.0\.0 failed: .*sha512 checksum mismatch/);
  });

  it('reports a connection cut in the middle of the download', async () => {
    routes = {
      yml: sendYml(manifest()),
      installer: (_req, res) => {
        res.writeHead(200, { 'content-length': installer.length });
        res.write(installer.subarray(0, 100_000), () => setTimeout(() => res.socket?.destroy(), 20));
      },
    };
    const s = await runUpdater();
    expect(s.state).toBe('error');
    expect(s.lastError).toMatch(/^Download of 2\.0\.0 failed: .*(aborted|socket hang up|ECONNRESET|premature close)/i);
  });

  it('gives up a download that stops receiving data (slow server)', async () => {
    routes = {
      yml: sendYml(manifest()),
      installer: (_req, res) => {
        res.writeHead(200, { 'content-length': installer.length });
        res.write(installer.subarray(0, 10_000)); // …and nothing more
      },
    };
    const s = await runUpdater();
    expect(s.state).toBe('error');
    expect(s.lastError).toBe('Download of 2.0.0 failed: no data from the update server for 2 s');
  });

  it('gives up a check the server never answers', async () => {
    routes = { yml: () => undefined, installer: sendInstaller };
    const s = await runUpdater({ checkTimeoutMs: 500 });
    expect(s.state).toBe('error');
    expect(s.lastError).toMatch(/^Update check failed: no answer from http:\/\/127\.0\.0\.1:\d+\/updates\/ within 1 s/);
  });

  it('reports a feed without latest-linux.yml (404)', async () => {
    routes = { yml: notFound, installer: sendInstaller };
    const s = await runUpdater();
    expect(s.state).toBe('error');
    expect(s.lastError).toMatch(/^Update check failed: .*latest-linux\.yml.*404/);
  });

  it('reports a malformed latest-linux.yml', async () => {
    routes = { yml: sendYml('version: [2.0.0\nfiles: {{{\n'), installer: sendInstaller };
    const s = await runUpdater();
    expect(s.state).toBe('error');
    expect(s.lastError).toMatch(/^Update check failed: .*(latest-linux\.yml|parse|YAML)/i);
  });

  it('reports an update server that refuses the connection', async () => {
    // electron-updater tries a refused connection three times (0 + 1 + 2 s) before it gives up.
    const s = await runUpdater({ checkTimeoutMs: 10_000 }, 'http://127.0.0.1:1/updates/');
    expect(s.state).toBe('error');
    expect(s.lastError).toMatch(/^Update check failed: .*ECONNREFUSED/);
  });

  it('reports a feed address that is not a URL, instead of throwing from the timer', async () => {
    const s = await runUpdater({}, 'not a url/');
    expect(s.state).toBe('error');
    expect(s.lastError).toMatch(/^Update check failed: .*URL/i);
  });

  it('downloads a good update and keeps it for outside office hours', async () => {
    routes = { yml: sendYml(manifest()), installer: sendInstaller };
    const s = await runUpdater();
    expect(s).toMatchObject({ state: 'downloaded', availableVersion: '2.0.0', downloadPercent: 100, lastError: null });
  });
});

describe('only releases signed with the pinned key (real electron-updater)', () => {
  const quiet = { now: Date.now(), office: { ...testConfig().office, openingHours: {} }, lastActivityAt: 0, activeTickets: 0 };
  const inside = () => nodeRequire('electron-updater') as { autoUpdater: { quitAndInstall: () => void; once: (e: string, f: (ev: { downloadedFile: string }) => void) => void } };

  it('refuses an unsigned feed before downloading anything', async () => {
    routes = { yml: sendYml(unsignedManifest()), installer: sendInstaller };
    const s = await runUpdater();
    expect(s).toMatchObject({ state: 'error', lastError: 'Update 2.0.0 refused: no signature (the release was not signed with npm run release:sign)' });
    expect(installerRequests).toBe(0);
  });

  it('refuses a feed signed by another key, whatever it serves', async () => {
    routes = { yml: sendYml(manifest(sha512(installer), stranger.privateKey)), installer: sendInstaller };
    const s = await runUpdater();
    expect(s.state).toBe('error');
    expect(s.lastError).toBe(`Update 2.0.0 refused: signed by another key (${keyId(stranger.publicKey)}; this office trusts ${keyId(city.publicKey)})`);
    expect(installerRequests).toBe(0);
  });

  it('refuses a signed manifest whose version was changed on the way', async () => {
    routes = { yml: sendYml(manifest().replace('version: 2.0.0', 'version: 2.0.1')), installer: sendInstaller };
    const s = await runUpdater();
    expect(s.lastError).toMatch(/^Update 2\.0\.1 refused: the signature does not match the manifest/);
    expect(installerRequests).toBe(0);
  });

  it('refuses a file changed on disk after electron-updater checked it, before it counts as downloaded', async () => {
    routes = { yml: sendYml(manifest()), installer: sendInstaller };
    inside().autoUpdater.once('update-downloaded', (event) => writeFileSync(event.downloadedFile, randomBytes(installer.length)));
    const s = await runUpdater();
    expect(s).toMatchObject({ state: 'error', lastError: 'Update 2.0.0 refused: Loket-2.0.0.AppImage is not a file of the signed release 2.0.0 (its sha512 or size differs)' });
  });

  it('does not install again a version that was rolled back', async () => {
    routes = { yml: sendYml(manifest()), installer: sendInstaller };
    const s = await runUpdater({}, undefined, { rolledBackVersion: '2.0.0' });
    expect(s).toMatchObject({ state: 'error', lastError: '2.0.0 was rolled back after it failed to start; waiting for a newer release' });
    expect(installerRequests).toBe(0);
  });

  it('installs a signed release in the quiet window, after keeping the running version', async () => {
    routes = { yml: sendYml(manifest()), installer: sendInstaller };
    const steps: string[] = [];
    const quitAndInstall = vi.spyOn(inside().autoUpdater, 'quitAndInstall').mockImplementation(() => steps.push('quitAndInstall'));
    try {
      const tracker = startOnFeed({ situation: () => quiet, timing: { decideEveryMs: 50 }, beforeInstall: async (v) => void steps.push(`keep before ${v}`) });
      await waitFor(tracker, (s) => s.state === 'installing' && steps.length === 2);
      expect(steps).toEqual(['keep before 2.0.0', 'quitAndInstall']);
    } finally {
      quitAndInstall.mockRestore();
    }
  });

  it('checks the file again at the install, and never installs one changed while it waited', async () => {
    routes = { yml: sendYml(manifest()), installer: sendInstaller };
    let downloaded = '';
    inside().autoUpdater.once('update-downloaded', (event) => (downloaded = event.downloadedFile));
    const quitAndInstall = vi.spyOn(inside().autoUpdater, 'quitAndInstall').mockImplementation(() => undefined);
    let situation = { now: Date.now(), office: testConfig().office, lastActivityAt: Date.now(), activeTickets: 0 };
    const beforeInstall = vi.fn(async () => undefined);
    try {
      const tracker = startOnFeed({ situation: () => situation, timing: { decideEveryMs: 50 }, beforeInstall });
      await waitFor(tracker, (s) => s.state === 'downloaded' && s.waitingFor === 'office_hours');
      writeFileSync(downloaded, randomBytes(installer.length));
      situation = quiet;
      const s = await waitFor(tracker, (t) => t.state === 'error');
      expect(s.lastError).toBe('Update 2.0.0 refused: Loket-2.0.0.AppImage is not a file of the signed release 2.0.0 (its sha512 or size differs)');
      expect(beforeInstall).not.toHaveBeenCalled();
      expect(quitAndInstall).not.toHaveBeenCalled();
    } finally {
      quitAndInstall.mockRestore();
    }
  });

  it('waits with the install when the running version cannot be kept for a rollback', async () => {
    routes = { yml: sendYml(manifest()), installer: sendInstaller };
    const quitAndInstall = vi.spyOn(inside().autoUpdater, 'quitAndInstall').mockImplementation(() => undefined);
    try {
      const beforeInstall = () => Promise.reject(new Error("ENOENT: no such file or directory, access 'C:\\Users\\loket\\AppData\\Local\\loket-updater\\installer.exe'"));
      const tracker = startOnFeed({ situation: () => quiet, timing: { decideEveryMs: 50 }, beforeInstall });
      const s = await waitFor(tracker, (t) => t.state === 'error');
      expect(s.lastError).toMatch(/^Install of 2\.0\.0 postponed: the running version could not be kept for a rollback: ENOENT/);
      expect(quitAndInstall).not.toHaveBeenCalled();
    } finally {
      quitAndInstall.mockRestore();
    }
  });
});
