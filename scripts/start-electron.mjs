import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildIfNeeded } from './build-if-needed.mjs';

/**
 * npm start: the Electron kiosk. The Electron binary is not downloaded by npm ci (allowScripts denies
 * it, so installs work where GitHub is unreachable); it is fetched here the first time it is needed.
 */
const require = createRequire(import.meta.url);
const electronDir = require.resolve('electron/package.json').replace(/package\.json$/, '');
if (!existsSync(`${electronDir}dist`) || !existsSync(`${electronDir}path.txt`)) {
  console.log('Downloading the Electron binary (first start only)…');
  try {
    execFileSync(process.execPath, [`${electronDir}install.js`], { stdio: 'inherit' });
  } catch {
    console.error('The Electron binary could not be downloaded. Use `npm run serve` and open http://127.0.0.1:5170/kiosk in a browser instead.');
    process.exit(1);
  }
}
buildIfNeeded();
const electron = require('electron');
const child = spawn(electron, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
