import { readFile, realpath } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/**
 * The UI's own origin, loket://app/, instead of file:// (which would give every page the whole disk
 * as its origin). The handler is plain Node (Request in, Response out), so it is unit-tested without
 * Electron; the shell registers the scheme and passes requests here.
 */
export const APP_SCHEME = 'loket';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Stricter than the LAN server's: the windows talk to the core over IPC only, so no network at all. */
export const APP_CSP = [
  "default-src 'none'",
  // The kiosk's QR decoder is WebAssembly served from here: compiling it is allowed, JavaScript eval is not.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
};

export interface AppFolders {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The voice packs (resources/voice), served at /voice/. */
  voiceDir: string;
  /** The agencies' logos (beside the configuration), served at /logos/. */
  logosDir: string;
}

/** The window URL of a screen, e.g. loket://app/kiosk. */
export function appUrl(screen: string): string {
  return `${APP_ORIGIN}/${screen}`;
}

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The file behind an app URL, or null. Paths without an extension are screens ("/kiosk", "/display"):
 * the single-page app's index.html, whose router picks the screen. Nothing outside the three folders.
 */
export function resolveAppFile(url: string, folders: AppFolders): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  // No dot segments or hidden files (".." is already folded by URL parsing; an encoded one is caught here).
  if (path.includes('\0') || path.split('/').some((part) => part.startsWith('.'))) return null;
  if (path.startsWith('/voice/')) return inside(folders.voiceDir, path.slice('/voice/'.length));
  if (path.startsWith('/logos/')) return inside(folders.logosDir, path.slice('/logos/'.length));
  if (extname(path) === '') return join(folders.rendererDir, 'index.html');
  return inside(folders.rendererDir, path.slice(1));
}

function inside(root: string, relative: string): string | null {
  const base = resolve(root);
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
}

/** The protocol handler: GET only, files from the three folders (symlinks may not lead out), CSP on every answer. */
export function createAppProtocolHandler(folders: AppFolders): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppFile(request.url, folders);
    if (!file) return plain(404, 'Not found');
    let body: Buffer;
    try {
      const real = await realpath(file);
      const roots = await Promise.all([folders.rendererDir, folders.voiceDir, folders.logosDir].map((d) => realpath(d).catch(() => resolve(d))));
      if (!roots.some((root) => real.startsWith(root + sep))) return plain(404, 'Not found');
      body = await readFile(real);
    } catch {
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': String(body.length),
        'content-security-policy': APP_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}
