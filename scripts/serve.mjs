import { spawn } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed.mjs';
import { exitUnlessNodeRuntime } from './node-runtime.mjs';

/** npm run serve: build if needed, then run the office without Electron (browser mode). */
exitUnlessNodeRuntime();
buildIfNeeded();
const child = spawn(process.execPath, ['out/main/serve.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
