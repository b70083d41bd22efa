import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseUpdateInfo } from 'electron-updater/out/providers/Provider';
import { afterAll, describe, expect, it } from 'vitest';
import { keyId, parsePublicKey, verifyRelease } from '../../../src/main/update/releaseSignature';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * `npm run release:sign` on a test app directory: a dist folder as electron-builder leaves it (the update
 * manifests, the installers, a blockmap and its debug file), signed with a key made by the same command,
 * then checked by the command and by the kiosk's own check. Packaging itself needs Electron's binary.
 */

const dir = makeTempDir('loket-release-');
const dist = join(dir.path, 'dist');
const keyFile = join(dir.path, 'usb', 'loket-release.key');
afterAll(() => dir.remove());

function releaseSign(args: string[], env: NodeJS.ProcessEnv = {}) {
  const tsx = resolve('node_modules/.bin/tsx');
  const run = spawnSync(tsx, ['scripts/release-sign.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sha512 = (data: Buffer) => createHash('sha512').update(data).digest('base64');
const artifacts = {
  'Loket-2.0.0.AppImage': randomBytes(300_000),
  'loket_2.0.0_amd64.deb': randomBytes(200_000),
  'Loket Setup 2.0.0.exe': randomBytes(250_000),
};
const entry = (name: keyof typeof artifacts) =>
  [`  - url: ${name}`, `    sha512: ${sha512(artifacts[name])}`, `    size: ${artifacts[name].length}`].join('\n');
const linuxYml = ['version: 2.0.0', 'files:', entry('Loket-2.0.0.AppImage'), '    blockMapSize: 1200', entry('loket_2.0.0_amd64.deb'), 'path: Loket-2.0.0.AppImage', `sha512: ${sha512(artifacts['Loket-2.0.0.AppImage'])}`, "releaseDate: '2026-12-01T00:00:00.000Z'", ''].join('\n');
// The generic feed lists the installer under its own name, spaces and all.
const winYml = ['version: 2.0.0', 'files:', entry('Loket Setup 2.0.0.exe'), 'path: Loket Setup 2.0.0.exe', "releaseDate: '2026-12-01T00:00:00.000Z'", ''].join('\n');
const debugYml = 'x64:\n  firstOrDefaultFilePatterns:\n    - "!**/node_modules"\n';

/** What electron-builder leaves in dist (the Windows build copied in from the Windows PC). */
function fakeDist(): void {
  mkdirSync(dist, { recursive: true });
  for (const [name, data] of Object.entries(artifacts)) writeFileSync(join(dist, name), data);
  writeFileSync(join(dist, 'Loket Setup 2.0.0.exe.blockmap'), randomBytes(100));
  writeFileSync(join(dist, 'latest-linux.yml'), linuxYml);
  writeFileSync(join(dist, 'latest.yml'), winYml);
  writeFileSync(join(dist, 'builder-debug.yml'), debugYml);
}

const read = (name: string) => readFileSync(join(dist, name), 'utf8');

// Each run starts tsx (seconds on a busy 2-core machine).
describe('npm run release:sign', { timeout: 90_000 }, () => {
  it('makes a key pair: the private key 0600 and never printed, the public key ready for office.json', () => {
    mkdirSync(join(dir.path, 'usb'));
    const run = releaseSign(['--generate-key', keyFile]);
    expect(run.status, run.stderr).toBe(0);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const privatePem = readFileSync(keyFile, 'utf8');
    expect(privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const publicText = readFileSync(`${keyFile}.pub`, 'utf8').trim();
    expect(run.stdout).toContain(`"update": { "publicKey": "${publicText}" }`);
    const body = privatePem.split('\n')[1] ?? '';
    expect(body.length).toBeGreaterThan(20);
    expect(run.stdout + run.stderr).not.toContain(body);
    expect(run.stdout).not.toContain('PRIVATE KEY-----');

    // …and never overwrites a key
    const again = releaseSign(['--generate-key', keyFile]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/EEXIST/);
    expect(readFileSync(keyFile, 'utf8')).toBe(privatePem);
  });

  it('signs every update manifest of a release folder, leaving electron-builder\'s text and the other files as they were', () => {
    fakeDist();
    const run = releaseSign(['--key', keyFile, dist]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('latest-linux.yml: 2.0.0 signed (Loket-2.0.0.AppImage, loket_2.0.0_amd64.deb) with key');
    expect(run.stdout).toContain('latest.yml: 2.0.0 signed (Loket Setup 2.0.0.exe) with key');
    for (const [name, before] of [['latest-linux.yml', linuxYml], ['latest.yml', winYml]] as const) {
      const after = read(name);
      expect(after.startsWith(before)).toBe(true);
      expect(after.slice(before.length)).toMatch(/^releaseSignature: \{keyId: '[0-9a-f]{16}', signature: '[^']+'\}\n$/);
    }
    expect(read('builder-debug.yml')).toBe(debugYml);
  });

  it('produces what a kiosk pinned to the public key accepts', () => {
    const publicKey = parsePublicKey(readFileSync(`${keyFile}.pub`, 'utf8'));
    for (const name of ['latest-linux.yml', 'latest.yml']) {
      const manifest = parseUpdateInfo(read(name), name, new URL(`http://city/updates/${name}`));
      expect(verifyRelease(manifest, publicKey)).toMatchObject({ ok: true, value: { version: '2.0.0' } });
    }
    const verify = releaseSign(['--verify', `${keyFile}.pub`, dist]);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toContain(`latest-linux.yml: 2.0.0 is signed by key ${keyId(publicKey)}, and its files match`);
    // the key as office.json holds it works too
    expect(releaseSign(['--verify', readFileSync(`${keyFile}.pub`, 'utf8').trim(), dist]).status).toBe(0);
  });

  it('takes the key file from LOKET_RELEASE_KEY, and says how when there is none', () => {
    expect(releaseSign([dist], { LOKET_RELEASE_KEY: keyFile }).status).toBe(0);
    const none = releaseSign([dist], { LOKET_RELEASE_KEY: '' });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^no key: give --key <file> or LOKET_RELEASE_KEY/);
  });

  it('finds a replaced installer and a foreign key when verifying', () => {
    const other = join(dir.path, 'other.key');
    expect(releaseSign(['--generate-key', other]).status).toBe(0);
    const foreign = releaseSign(['--verify', `${other}.pub`, dist]);
    expect(foreign.status).toBe(1);
    expect(foreign.stderr).toMatch(/^latest-linux\.yml: refused: signed by another key/m);

    writeFileSync(join(dist, 'Loket-2.0.0.AppImage'), randomBytes(300_000));
    const tampered = releaseSign(['--verify', `${keyFile}.pub`, dist]);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain('latest-linux.yml: refused: Loket-2.0.0.AppImage is not a file of the signed release 2.0.0 (its sha512 or size differs)');
    expect(tampered.stdout).toContain('latest.yml: 2.0.0 is signed by key');
  });

  it('refuses to sign files that are not the ones the manifest describes, and then writes nothing', () => {
    const before = { linux: read('latest-linux.yml'), win: read('latest.yml') };
    const run = releaseSign(['--key', keyFile, dist]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('latest-linux.yml (2.0.0) was not signed: Loket-2.0.0.AppImage is not the file latest-linux.yml describes (size or sha512 differs)');
    expect({ linux: read('latest-linux.yml'), win: read('latest.yml') }).toEqual(before);
  });
});
