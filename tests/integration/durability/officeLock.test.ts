import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { HOLDER_FILE, lockHolder, OfficeInUseError } from '../../../src/main/durability/officeLock';
import { Store } from '../../../src/main/store/store';
import { makeTempDir } from '../../helpers/tempDir';

const work = makeTempDir('loket-lock-');
afterAll(() => work.remove());

// Another process: "hold" opens the store and keeps it until killed; "try" opens, says how it went, exits.
const childScript = join(work.path, 'opener.ts');
writeFileSync(
  childScript,
  `import { Store } from ${JSON.stringify(resolve('src/main/store/store.ts'))};
const [mode, dir] = process.argv.slice(2);
try {
  const store = Store.open(dir);
  console.log('opened ' + process.pid);
  if (mode === 'try') store.close();
  else setInterval(() => undefined, 60_000);
} catch (err) {
  console.log('refused ' + err.constructor.name + ' ' + JSON.stringify(err.message));
}
`,
);

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Runs the opener in another process; resolves with its first line ("opened <pid>" or "refused …"). */
function opener(mode: 'hold' | 'try', dir: string): { child: ChildProcess; line: Promise<string> } {
  // node itself with tsx's loader (not the tsx launcher), so the pid killed is the one holding the lock
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, mode, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const line = new Promise<string>((resolveLine, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolveLine(out.split('\n')[0] ?? '');
    });
    child.once('exit', (code) => reject(new Error(`opener exited (${code}) without a word: ${out}`)));
  });
  return { child, line };
}

function refusal(fn: () => unknown): OfficeInUseError {
  try {
    fn();
  } catch (err) {
    if (err instanceof OfficeInUseError) return err;
    throw err;
  }
  throw new Error('the second opener was not refused');
}

describe('one office per data folder', () => {
  it('refuses a second opener in the same process at once, naming the holder, and the first goes on unharmed', async () => {
    const dir = makeTempDir();
    const first = Store.open(dir.path);
    try {
      const err = refusal(() => Store.open(dir.path));
      expect(err.holder).toMatchObject({ pid: process.pid });
      expect(err.message).toContain(`Loket is already running on the data folder ${dir.path}: process ${process.pid} (`);
      expect(err.message).toContain('Only one Loket may use a data folder at a time.');
      // the refused connection closed its file: SQLite must not have let go of the holder's OS lock with it
      expect(await opener('try', dir.path).line).toMatch(/^refused OfficeInUseError .*process \d+/);
      first.transaction(() => first.meta.set('still', 'writing'));
      expect(lockHolder(dir.path)?.pid).toBe(process.pid);
      first.close();
      // the holder alone removes its file, on its way out
      expect(existsSync(join(dir.path, HOLDER_FILE))).toBe(false);
    } finally {
      first.close();
      dir.remove();
    }
  });

  it('refuses another process while this one holds the folder, and lets it in once this one closes', async () => {
    const dir = makeTempDir();
    try {
      const store = Store.open(dir.path);
      const refused = await opener('try', dir.path).line;
      expect(refused).toContain(`process ${process.pid} (`);
      // the refused process has exited: it removed nothing of ours
      expect(lockHolder(dir.path)?.pid).toBe(process.pid);
      store.close();
      expect(await opener('try', dir.path).line).toMatch(/^opened \d+$/);
    } finally {
      dir.remove();
    }
  });

  it('leaves no lock behind when the holder is killed (kill -9, a power cut)', async () => {
    const dir = makeTempDir();
    try {
      const held = opener('hold', dir.path);
      const pid = Number((await held.line).replace('opened ', ''));
      const err = refusal(() => Store.open(dir.path));
      expect(err.holder?.pid).toBe(pid);
      expect(err.holder?.command).toContain('opener.ts');

      const exited = new Promise((r) => held.child.once('exit', r));
      held.child.kill('SIGKILL');
      await exited;
      // its holder file is still there (nobody cleaned up), yet the OS lock is gone with the process
      expect(JSON.parse(readFileSync(join(dir.path, HOLDER_FILE), 'utf8')).pid).toBe(pid);
      const store = Store.open(dir.path);
      expect(lockHolder(dir.path)?.pid).toBe(process.pid);
      store.close();
    } finally {
      dir.remove();
    }
  });
});
