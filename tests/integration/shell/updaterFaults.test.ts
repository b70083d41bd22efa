import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UpdaterOptions } from '../../../src/main/shell/updater';
import { DEFAULT_INSTALL_RULES } from '../../../src/main/update/updatePolicy';
import { UpdateTracker, type UpdateStatus } from '../../../src/main/update/updateTracker';
import { makeTempDir } from '../../helpers/tempDir';
import { testConfig } from '../../helpers/testConfig';

/**
 * The real electron-updater (AppImage updater, generic provider), driven by the project's startUpdater,
 * against a feed served here on 127.0.0.1. Electron is faked around it: electron-updater `require`s
 * `electron` from node_modules at run time (outside vitest's module graph, so vi.mock cannot reach it),
 * so the fake is put into Node's require cache before electron-updater loads. `net.request` is Node's
 * http.request, which electron-updater drives the same way (response, error, abort).
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
const manifest = (hash = sha512(installer)) =>
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

type Route = (req: IncomingMessage, res: ServerResponse) => void;
let routes: { yml: Route; installer: Route } = { yml: () => undefined, installer: () => undefined };
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
    if (path === '/updates/Loket-2.0.0.AppImage') return routes.installer(req, res);
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
  for (const s of sockets) s.destroy();
  // A check given up by startUpdater is still in flight inside electron-updater (which hands it to the next
  // caller): let it end before the next test. Its private fields, read only here.
  const inside = (nodeRequire('electron-updater') as { autoUpdater: Record<string, unknown> }).autoUpdater;
  for (let i = 0; i < 100 && (inside.checkForUpdatesPromise || inside.downloadPromise); i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
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

/** Starts the project's updater on the test feed and waits until its status leaves checking/downloading. */
async function runUpdater(timing: UpdaterOptions['timing'] = {}, url?: string): Promise<UpdateStatus> {
  const tracker = new UpdateTracker(() => 'replica-1', { currentVersion: '1.0.0', feedUrl: null, rules: DEFAULT_INSTALL_RULES });
  stop = startUpdater({
    tracker,
    rules: DEFAULT_INSTALL_RULES,
    replicaId: () => 'replica-1',
    feedUrl: () => url ?? feedUrl,
    // Office hours all day: a downloaded update waits, so the test never reaches quitAndInstall.
    situation: () => ({ now: Date.now(), office: testConfig().office, lastActivityAt: Date.now(), activeTickets: 0 }),
    timing: { checkTimeoutMs: 2_000, stallMs: 1_500, ...timing },
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    const s = tracker.current;
    if (s.state === 'error' || s.state === 'downloaded' || s.state === 'idle') return s;
  }
  throw new Error(`the updater did not settle: ${JSON.stringify(tracker.current)}`);
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
