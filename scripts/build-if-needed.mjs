import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Builds with electron-vite when out/ is missing or older than any source file. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function buildIfNeeded() {
  const built = ['out/main/serve.js', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  const oldestOutput = built.every((f) => existsSync(f)) ? Math.min(...built.map((f) => statSync(f).mtimeMs)) : 0;
  const inputs = Math.max(newestMtime('src'), statSync('electron.vite.config.ts').mtimeMs, statSync('package.json').mtimeMs);
  if (oldestOutput > inputs) return;
  console.log('Building Loket (electron-vite build)…');
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
}
