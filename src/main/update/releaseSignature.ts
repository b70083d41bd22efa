import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';

/**
 * Ed25519 signatures of a release. The city signs, inside each update manifest (latest.yml,
 * latest-linux.yml), the version and every file the manifest lists with its sha512 and size; a kiosk
 * downloads only a release signed by the key its office pinned, and installs only a file whose own
 * bytes hash to a signed sha512. The rest of the manifest (stagingPercentage, releaseDate) is not signed,
 * so the city can widen a staged rollout without taking the key out of its safe: those fields decide
 * when a kiosk installs, never what. The signature travels inside the manifest (one added line) rather
 * than in a file beside it, so the kiosk checks the very manifest electron-updater read, with no second
 * download that could differ from it.
 */

/** The manifest's field that carries the signature, added by `npm run release:sign`. */
export const SIGNATURE_FIELD = 'releaseSignature';

const releaseFile = z.object({ url: z.string().min(1), sha512: z.string().min(1), size: z.int().nonnegative() });
const signedPart = z.object({ version: z.string().min(1), files: z.array(releaseFile).min(1) });
const signatureField = z.object({ keyId: z.string().min(1), signature: z.string().min(1) });

export type ReleaseFile = z.infer<typeof releaseFile>;
export type SignedRelease = z.infer<typeof signedPart>;
export type ReleaseSignature = z.infer<typeof signatureField>;
export type Verdict<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What is signed: a fixed layout, files in url order, so signer and kiosk build the same bytes. */
function statement(release: SignedRelease): Buffer {
  const files = [...release.files]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((f) => ({ url: f.url, sha512: f.sha512, size: f.size }));
  return Buffer.from(JSON.stringify({ type: 'loket-release', v: 1, version: release.version, files }), 'utf8');
}

function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (key.asymmetricKeyType !== 'ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

/** The public key as the office configuration holds it: 44 base64 characters (the raw 32-byte key). */
export function publicKeyText(key: KeyObject): string {
  return rawPublicKey(key.type === 'private' ? createPublicKey(key) : key).toString('base64');
}

/** A short name of a key, so a refusal can say "signed by another key" rather than only "invalid". */
export function keyId(key: KeyObject): string {
  const raw = rawPublicKey(key.type === 'private' ? createPublicKey(key) : key);
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

/** The pinned public key: the raw key in base64 (as the configuration holds it) or a PEM public key. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  if (trimmed.startsWith('-----BEGIN')) {
    key = createPublicKey(trimmed);
  } else {
    const raw = Buffer.from(trimmed, 'base64');
    if (raw.length !== 32 || raw.toString('base64') !== trimmed) throw new Error('an Ed25519 public key is 44 base64 characters (32 bytes)');
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the key is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
  return key;
}

/** The city's private key, from its PEM file. */
export function parsePrivateKey(pem: string | Buffer): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the key is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
  return key;
}

/** Signs a parsed manifest (as electron-updater parses it); throws when it lacks a version or files with sha512 and size. */
export function signRelease(manifest: unknown, privateKey: KeyObject): ReleaseSignature {
  const release = signedPart.parse(manifest);
  return { keyId: keyId(privateKey), signature: sign(null, statement(release), privateKey).toString('base64') };
}

/**
 * Checks a parsed manifest against the pinned key: the release (version and files) when it is signed
 * by that key, otherwise why not, in words for the supervisor's Sistem tab.
 */
export function verifyRelease(manifest: unknown, publicKey: KeyObject): Verdict<SignedRelease> {
  const fields = typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>) : {};
  if (fields[SIGNATURE_FIELD] === undefined) return { ok: false, reason: 'no signature (the release was not signed with npm run release:sign)' };
  const sig = signatureField.safeParse(fields[SIGNATURE_FIELD]);
  if (!sig.success) return { ok: false, reason: 'the signature is malformed' };
  const release = signedPart.safeParse(manifest);
  if (!release.success) return { ok: false, reason: 'the manifest lists no version or no files with sha512 and size' };
  const pinned = keyId(publicKey);
  if (sig.data.keyId !== pinned) return { ok: false, reason: `signed by another key (${sig.data.keyId}; this office trusts ${pinned})` };
  let valid = false;
  try {
    valid = verify(null, statement(release.data), publicKey, Buffer.from(sig.data.signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'the signature does not match the manifest (its version or files were changed after signing)' };
  return { ok: true, value: release.data };
}

/** sha512 of a file in base64, as electron-builder writes it into the manifest; read as a stream (installers are large). */
export function sha512OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha512');
    createReadStream(path)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('base64')));
  });
}

/** Whether a downloaded file is, byte for byte, one the signed release lists. */
export async function verifyReleaseFile(path: string, release: SignedRelease): Promise<Verdict<ReleaseFile>> {
  const [digest, info] = await Promise.all([sha512OfFile(path), stat(path)]);
  const file = release.files.find((f) => f.sha512 === digest && f.size === info.size);
  if (!file) return { ok: false, reason: `${basename(path)} is not a file of the signed release ${release.version} (its sha512 or size differs)` };
  return { ok: true, value: file };
}

/**
 * The manifest's text with the signature as its last line (a previous one removed): the rest of the
 * file stays byte for byte as electron-builder wrote it.
 */
export function manifestWithSignature(text: string, signature: ReleaseSignature): string {
  const unsigned = text.replace(new RegExp(`^${SIGNATURE_FIELD}:.*(?:\\r?\\n|$)`, 'gm'), '');
  const body = unsigned.length === 0 || unsigned.endsWith('\n') ? unsigned : `${unsigned}\n`;
  return `${body}${SIGNATURE_FIELD}: {keyId: '${signature.keyId}', signature: '${signature.signature}'}\n`;
}
