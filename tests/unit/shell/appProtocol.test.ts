import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_CSP, appUrl, createAppProtocolHandler, isAppUrl, resolveAppFile } from '../../../src/main/shell/appProtocol';
import { makeTempDir } from '../../helpers/tempDir';

const dir = makeTempDir('loket-proto-');
afterAll(() => dir.remove());
const rendererDir = join(dir.path, 'renderer');
const voiceDir = join(dir.path, 'voice');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
mkdirSync(join(voiceDir, 'id'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Loket</title>');
writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(voiceDir, 'id', 'manifest.json'), '{}');
writeFileSync(join(voiceDir, 'id', 'nomor.mp3'), Buffer.from([1, 2, 3]));
writeFileSync(join(dir.path, 'secret.txt'), 'no');
symlinkSync(join(dir.path, 'secret.txt'), join(rendererDir, 'assets', 'link.js'));
const logosDir = join(dir.path, 'logos');
mkdirSync(logosDir, { recursive: true });
writeFileSync(join(logosDir, 'samsat.png'), Buffer.from([137, 80, 78, 71]));
const folders = { rendererDir, voiceDir, logosDir };
const handle = createAppProtocolHandler(folders);

describe('loket://app/', () => {
  it('serves every screen as the single-page app, with the CSP', async () => {
    for (const screen of ['kiosk', 'display']) {
      const res = await handle(new Request(appUrl(screen)));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(await res.text()).toContain('<title>Loket</title>');
    }
  });

  it('serves the built assets, the voice pack and the agencies\' logos with their types', async () => {
    expect((await handle(new Request('loket://app/assets/index.js'))).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await (await handle(new Request('loket://app/voice/id/manifest.json'))).text()).toBe('{}');
    const clip = await handle(new Request('loket://app/voice/id/nomor.mp3'));
    expect(clip.headers.get('content-type')).toBe('audio/mpeg');
    expect(new Uint8Array(await clip.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    const logo = await handle(new Request('loket://app/logos/samsat.png'));
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await logo.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
  });

  it('serves nothing outside its folders: traversal, encoded dots, symlinks, other hosts', async () => {
    for (const url of [
      'loket://app/../secret.txt',
      'loket://app/%2e%2e/secret.txt',
      'loket://app/assets/..%2f..%2fsecret.txt',
      'loket://app/voice/..%2f..%2fsecret.txt',
      'loket://app/logos/..%2f..%2fsecret.txt',
      'loket://app/assets/link.js',
      'loket://app/assets/missing.js',
      'loket://other/kiosk',
    ]) {
      expect((await handle(new Request(url))).status, url).toBe(404);
    }
    expect(resolveAppFile('file:///etc/passwd', folders)).toBeNull();
  });

  it('answers only GET', async () => {
    expect((await handle(new Request('loket://app/kiosk', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('has a CSP without inline or remote scripts, and knows its own origin', () => {
    // The app's own scripts only; WebAssembly may be compiled (the kiosk's QR decoder), JavaScript eval may not.
    expect(APP_CSP).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(APP_CSP).not.toMatch(/script-src[^;]*'unsafe-(eval|inline|hashes)'/);
    expect(APP_CSP).toContain("default-src 'none'");
    expect(APP_CSP).toContain("frame-ancestors 'none'");
    expect(isAppUrl('loket://app/kiosk')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:5170/kiosk')).toBe(false);
  });
});
