import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseUpdateInfo } from 'electron-updater/out/providers/Provider';
import { afterAll, describe, expect, it } from 'vitest';
import {
  keyId,
  manifestWithSignature,
  parsePrivateKey,
  parsePublicKey,
  publicKeyText,
  SIGNATURE_FIELD,
  signRelease,
  verifyRelease,
  verifyReleaseFile,
} from '../../../src/main/update/releaseSignature';
import { makeTempDir } from '../../helpers/tempDir';

const city = generateKeyPairSync('ed25519');
const stranger = generateKeyPairSync('ed25519');
const sha512 = (data: Buffer) => createHash('sha512').update(data).digest('base64');

const appImage = randomBytes(64 * 1024);
const deb = randomBytes(32 * 1024);
/** latest-linux.yml as electron-builder writes it. */
const yml = [
  'version: 2.0.0',
  'files:',
  '  - url: Loket-2.0.0.AppImage',
  `    sha512: ${sha512(appImage)}`,
  `    size: ${appImage.length}`,
  '    blockMapSize: 1234',
  '  - url: loket_2.0.0_amd64.deb',
  `    sha512: ${sha512(deb)}`,
  `    size: ${deb.length}`,
  'path: Loket-2.0.0.AppImage',
  `sha512: ${sha512(appImage)}`,
  "releaseDate: '2026-12-01T00:00:00.000Z'",
  '',
].join('\n');
/** As the kiosk sees a manifest: parsed by electron-updater's own parser. */
const parse = (text: string): Record<string, unknown> => parseUpdateInfo(text, 'latest-linux.yml', new URL('http://city/updates/latest-linux.yml')) as never;
const signed = (text = yml, key = city.privateKey) => manifestWithSignature(text, signRelease(parse(text), key));

const dir = makeTempDir('loket-signature-');
afterAll(() => dir.remove());

describe('a signed release manifest', () => {
  it('is accepted with the pinned key, as electron-updater parses it, and gives the signed version and files', () => {
    const verdict = verifyRelease(parse(signed()), city.publicKey);
    expect(verdict).toEqual({
      ok: true,
      value: {
        version: '2.0.0',
        files: [
          { url: 'Loket-2.0.0.AppImage', sha512: sha512(appImage), size: appImage.length },
          { url: 'loket_2.0.0_amd64.deb', sha512: sha512(deb), size: deb.length },
        ],
      },
    });
  });

  it('keeps electron-builder\'s text and adds the signature as one last line, replacing an older one', () => {
    const once = signed();
    expect(once.startsWith(yml)).toBe(true);
    expect(once.slice(yml.length)).toMatch(new RegExp(`^${SIGNATURE_FIELD}: \\{keyId: '[0-9a-f]{16}', signature: '[A-Za-z0-9+/]+={0,2}'\\}\\n$`));
    const twice = signed(once, stranger.privateKey);
    expect(twice.match(new RegExp(`^${SIGNATURE_FIELD}:`, 'gm'))).toHaveLength(1);
    expect(verifyRelease(parse(twice), stranger.publicKey).ok).toBe(true);
  });

  it('is refused without a signature', () => {
    expect(verifyRelease(parse(yml), city.publicKey)).toEqual({ ok: false, reason: 'no signature (the release was not signed with npm run release:sign)' });
  });

  it('is refused when signed by another key, naming both keys', () => {
    const verdict = verifyRelease(parse(signed(yml, stranger.privateKey)), city.publicKey);
    expect(verdict).toEqual({ ok: false, reason: `signed by another key (${keyId(stranger.publicKey)}; this office trusts ${keyId(city.publicKey)})` });
  });

  it('is refused when a signature claims the pinned key but was made by another', () => {
    const forged = { ...signRelease(parse(yml), stranger.privateKey), keyId: keyId(city.publicKey) };
    const verdict = verifyRelease(parse(manifestWithSignature(yml, forged)), city.publicKey);
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/^the signature does not match the manifest/) });
  });

  it('is refused when the version, a file\'s sha512, size or name, or the file list changed after signing', () => {
    const text = signed();
    const tampered = [
      text.replace('version: 2.0.0', 'version: 2.0.1'),
      text.replace(`    sha512: ${sha512(appImage)}`, `    sha512: ${sha512(Buffer.from('evil'))}`),
      text.replace(`    size: ${appImage.length}`, `    size: ${appImage.length + 1}`),
      text.replace('  - url: Loket-2.0.0.AppImage', '  - url: Loket-2.0.0-evil.AppImage'),
      text.replace(/ {2}- url: loket_2\.0\.0_amd64\.deb\n.*\n.*\n/, ''),
    ];
    for (const t of tampered) {
      expect(t).not.toBe(text);
      expect(verifyRelease(parse(t), city.publicKey)).toMatchObject({ ok: false, reason: expect.stringMatching(/^the signature does not match the manifest/) });
    }
  });

  it('still verifies when only the staged rollout or the release date changed (they decide when, not what)', () => {
    const text = signed().replace("releaseDate: '2026-12-01T00:00:00.000Z'", "releaseDate: '2026-12-02T00:00:00.000Z'\nstagingPercentage: 20");
    expect(verifyRelease(parse(text), city.publicKey).ok).toBe(true);
  });

  it('is refused with a malformed signature field or a manifest without files', () => {
    expect(verifyRelease(parse(`${yml}${SIGNATURE_FIELD}: yes\n`), city.publicKey)).toEqual({ ok: false, reason: 'the signature is malformed' });
    const noFiles = { version: '2.0.0', [SIGNATURE_FIELD]: { keyId: keyId(city.publicKey), signature: 'AAAA' } };
    expect(verifyRelease(noFiles, city.publicKey)).toEqual({ ok: false, reason: 'the manifest lists no version or no files with sha512 and size' });
    expect(() => signRelease({ version: '2.0.0', files: [] }, city.privateKey)).toThrow();
  });
});

describe('a downloaded file', () => {
  it('passes only when its own bytes are a signed file', async () => {
    const release = verifyRelease(parse(signed()), city.publicKey);
    if (!release.ok) throw new Error(release.reason);
    const good = join(dir.path, 'Loket-2.0.0.AppImage');
    writeFileSync(good, appImage);
    expect(await verifyReleaseFile(good, release.value)).toEqual({ ok: true, value: release.value.files[0] });

    const tampered = join(dir.path, 'tampered.AppImage');
    const bytes = Buffer.from(appImage);
    bytes[1000] = (bytes[1000] ?? 0) ^ 1;
    writeFileSync(tampered, bytes);
    expect(await verifyReleaseFile(tampered, release.value)).toEqual({
      ok: false,
      reason: 'tampered.AppImage is not a file of the signed release 2.0.0 (its sha512 or size differs)',
    });
  });
});

describe('keys', () => {
  it('reads the pinned key as 44 base64 characters or as PEM, and names it the same way', () => {
    const text = publicKeyText(city.publicKey);
    expect(text).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(keyId(parsePublicKey(text))).toBe(keyId(city.publicKey));
    expect(keyId(parsePublicKey(city.publicKey.export({ format: 'pem', type: 'spki' }) as string))).toBe(keyId(city.publicKey));
    expect(publicKeyText(city.privateKey)).toBe(text);
    expect(keyId(parsePrivateKey(city.privateKey.export({ format: 'pem', type: 'pkcs8' })))).toBe(keyId(city.publicKey));
  });

  it('refuses keys that are not Ed25519 public keys', () => {
    expect(() => parsePublicKey('AAAA')).toThrow(/44 base64 characters/);
    expect(() => parsePublicKey(`${publicKeyText(city.publicKey).slice(0, 40)}!!!=`)).toThrow(/44 base64 characters/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(() => parsePublicKey(rsa.publicKey.export({ format: 'pem', type: 'spki' }) as string)).toThrow(/rsa, not Ed25519/);
    expect(() => parsePrivateKey(rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }))).toThrow(/rsa, not Ed25519/);
  });
});
