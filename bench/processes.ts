import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX_CLI = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
/** /proc reports CPU time in USER_HZ ticks, fixed at 100 per second on Linux. */
const TICK_MS = 10;

/** A TypeScript entry run with tsx (as `npm run server` does), from the project folder. */
export function spawnTsx(script: string, env: NodeJS.ProcessEnv = {}, stdio: StdioOptions = ['pipe', 'pipe', 'inherit']): ChildProcess {
  return spawn(process.execPath, [TSX_CLI, script], { cwd: ROOT, env: { ...process.env, ...env }, stdio });
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/** pid → [parent pid, CPU ms of the process itself, CPU ms of its children already reaped]. */
function readStat(pid: number): [number, number, number] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields are counted after its closing one.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const own = Number(f[11]) + Number(f[12]);
    const reaped = Number(f[13]) + Number(f[14]);
    return [Number(f[1]), own * TICK_MS, reaped * TICK_MS];
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system, ms) used so far by a process and all its descendants, including descendants
 * that have exited and been waited for (tsx runs the script in a child; PostgreSQL forks a backend per connection).
 */
export function treeCpuMs(rootPid: number): number {
  const parents = new Map<number, number[]>();
  const stats = new Map<number, [number, number, number]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (!stat) continue;
    stats.set(pid, stat);
    parents.set(stat[0], [...(parents.get(stat[0]) ?? []), pid]);
  }
  let total = 0;
  const visit = (pid: number): void => {
    const stat = stats.get(pid);
    if (stat) total += stat[1] + stat[2];
    for (const child of parents.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return total;
}

/** Resolves once the child has exited (or at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

/** Reads a child's whole stdout. */
export async function readAll(child: ChildProcess): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of child.stdout ?? []) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
