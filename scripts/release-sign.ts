import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseUpdateInfo } from 'electron-updater/out/providers/Provider';
import {
  keyId,
  manifestWithSignature,
  parsePrivateKey,
  parsePublicKey,
  publicKeyText,
  sha512OfFile,
  signRelease,
  verifyRelease,
  verifyReleaseFile,
  type ReleaseFile,
} from '../src/main/update/releaseSignature';

/**
 * Signs a release for the kiosks' updater with the city's Ed25519 key (docs/updates.md):
 *
 *   npm run release:sign -- --generate-key <file>      a new key pair: <file> (private, 0600) and <file>.pub
 *   npm run release:sign -- --key <file> [folder]      signs every update manifest in the folder (default dist)
 *   npm run release:sign -- --verify <key> [folder]    checks the folder as a kiosk would (<key>: base64 or a .pub file)
 *
 * The private key comes from --key or LOKET_RELEASE_KEY (a file path) and is never printed. Manifests are
 * read with electron-updater's own parser, the one the kiosk uses, so both sign and check the same fields.
 */

const USAGE = `usage: npm run release:sign -- --key <private key file> [folder]
       npm run release:sign -- --verify <public key or .pub file> [folder]
       npm run release:sign -- --generate-key <private key file>`;

interface Manifest {
  name: string;
  path: string;
  text: string;
  info: { version?: unknown; files?: unknown } & Record<string, unknown>;
}

/** The update manifests in a folder: the .yml files with a version and a file list (not builder-debug.yml). */
function manifests(folder: string): Manifest[] {
  const found = readdirSync(folder)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => {
      const path = join(folder, name);
      const text = readFileSync(path, 'utf8');
      const info = parseUpdateInfo(text, name, pathToFileURL(path)) as unknown;
      return { name, path, text, info: (typeof info === 'object' && info !== null ? info : {}) as Manifest['info'] };
    })
    .filter((m) => typeof m.info.version === 'string' && Array.isArray(m.info.files));
  if (found.length === 0) throw new Error(`no update manifest (latest.yml, latest-linux.yml) in ${folder}`);
  return found;
}

function localFile(folder: string, manifest: string, url: string): string {
  const name = decodeURIComponent(url);
  if (isAbsolute(name) || /^[a-z]+:/i.test(name) || name.split(/[\\/]/).includes('..')) {
    throw new Error(`${manifest} lists ${url}, which is not a file of this folder`);
  }
  return join(folder, name);
}

/** The signer vouches for bytes: every listed file must be here, with the manifest's sha512 and size. */
async function checkListedFiles(folder: string, m: Manifest): Promise<void> {
  const problems: string[] = [];
  for (const f of m.info.files as ReleaseFile[]) {
    const path = localFile(folder, m.name, f.url);
    if (!existsSync(path)) problems.push(`${f.url} is missing`);
    else if (statSync(path).size !== f.size || (await sha512OfFile(path)) !== f.sha512) problems.push(`${f.url} is not the file ${m.name} describes (size or sha512 differs)`);
  }
  if (problems.length > 0) throw new Error(`${m.name} (${String(m.info.version)}) was not signed: ${problems.join('; ')}`);
}

function readPrivateKey(path: string): ReturnType<typeof parsePrivateKey> {
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    console.warn(`warning: ${path} can be read by other users of this PC (chmod 600 ${path})`);
  }
  try {
    return parsePrivateKey(readFileSync(path));
  } catch (err) {
    throw new Error(`${path} is not an Ed25519 private key (${(err as Error).message})`);
  }
}

async function sign(folder: string, keyFile: string): Promise<void> {
  const key = readPrivateKey(keyFile);
  const found = manifests(folder);
  // All checked before any is written: a release is signed whole or not at all.
  for (const m of found) await checkListedFiles(folder, m);
  for (const m of found) {
    writeFileSync(m.path, manifestWithSignature(m.text, signRelease(m.info, key)));
    const files = (m.info.files as ReleaseFile[]).map((f) => f.url).join(', ');
    console.log(`${m.name}: ${String(m.info.version)} signed (${files}) with key ${keyId(key)}`);
  }
}

/** What a kiosk pinned to `publicKey` would refuse in this manifest and its files (none: it is fine). */
async function problems(folder: string, m: Manifest, publicKey: ReturnType<typeof parsePublicKey>): Promise<string[]> {
  const release = verifyRelease(m.info, publicKey);
  if (!release.ok) return [release.reason];
  const found: string[] = [];
  for (const f of release.value.files) {
    const path = localFile(folder, m.name, f.url);
    const file = existsSync(path) ? await verifyReleaseFile(path, { ...release.value, files: [f] }) : { ok: false as const, reason: `${f.url} is missing` };
    if (!file.ok) found.push(file.reason);
  }
  return found;
}

async function verify(folder: string, keyArg: string): Promise<boolean> {
  const publicKey = parsePublicKey(existsSync(keyArg) ? readFileSync(keyArg, 'utf8') : keyArg);
  let allGood = true;
  for (const m of manifests(folder)) {
    const refused = await problems(folder, m, publicKey);
    for (const p of refused) console.error(`${m.name}: refused: ${p}`);
    if (refused.length === 0) console.log(`${m.name}: ${String(m.info.version)} is signed by key ${keyId(publicKey)}, and its files match`);
    allGood &&= refused.length === 0;
  }
  return allGood;
}

function generateKey(path: string): void {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // 'wx': never overwrite a key; losing the city's key means re-pinning every kiosk.
  writeFileSync(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(`${path}.pub`, `${publicKeyText(publicKey)}\n`, { mode: 0o644, flag: 'wx' });
  console.log(`private key: ${path} (keep it offline; see docs/updates.md, "The city's release key")`);
  console.log(`public key:  ${path}.pub, key ${keyId(publicKey)}`);
  console.log(`for each office.json:  "update": { "publicKey": "${publicKeyText(publicKey)}" }`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { key: { type: 'string' }, verify: { type: 'string' }, 'generate-key': { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values['generate-key']) {
    generateKey(resolve(values['generate-key']));
    return 0;
  }
  const folder = resolve(positionals[0] ?? 'dist');
  if (values.verify) return (await verify(folder, values.verify)) ? 0 : 1;
  const keyFile = values.key ?? process.env.LOKET_RELEASE_KEY;
  if (!keyFile) {
    console.error(`no key: give --key <file> or LOKET_RELEASE_KEY\n${USAGE}`);
    return 2;
  }
  await sign(folder, resolve(keyFile));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error((err as Error).message);
    process.exit(1);
  },
);
