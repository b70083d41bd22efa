import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/**
 * Another host on the office LAN, made inside the test: a network namespace joined to this one by a veth
 * pair, with its own address, running tests/helpers/peerAgent.mjs. Requests from it reach the office
 * from a non-loopback address, as a stranger's laptop on the office Wi-Fi would. Needs root (CI runs as
 * root); `netnsUnavailableReason` says why it cannot be made otherwise.
 */
export interface NetnsPeer {
  /** The office side of the link: the address the office is reached at from the peer. */
  hostAddress: string;
  /** The peer's own address, as the office sees it. */
  peerAddress: string;
  run<T = Record<string, unknown>>(op: string, args: Record<string, unknown>): Promise<T>;
  close(): void;
}

export function netnsUnavailableReason(): string | null {
  if (process.getuid?.() !== 0) return 'needs root to create a network namespace (CI runs as root); run the suite as root to include it';
  try {
    execFileSync('ip', ['-V'], { stdio: 'ignore' });
  } catch {
    return 'needs the `ip` command (Debian package iproute2)';
  }
  return null;
}

export async function createNetnsPeer(): Promise<NetnsPeer> {
  const tag = `${process.pid % 100000}`;
  const ns = `loket-sec-${tag}`;
  const hostIf = `lks${tag}a`;
  const peerIf = `lks${tag}b`;
  const subnet = `10.231.${process.pid % 250}`;
  const hostAddress = `${subnet}.1`;
  const peerAddress = `${subnet}.2`;
  const ip = (...args: string[]): void => {
    execFileSync('ip', args, { stdio: 'pipe' });
  };
  const teardown = (): void => {
    for (const args of [['link', 'del', hostIf], ['netns', 'del', ns]]) {
      try {
        ip(...args);
      } catch {
        // already gone
      }
    }
  };
  teardown();
  try {
    ip('netns', 'add', ns);
    ip('link', 'add', hostIf, 'type', 'veth', 'peer', 'name', peerIf);
    ip('link', 'set', peerIf, 'netns', ns);
    ip('addr', 'add', `${hostAddress}/30`, 'dev', hostIf);
    ip('link', 'set', hostIf, 'up');
    ip('-n', ns, 'addr', 'add', `${peerAddress}/30`, 'dev', peerIf);
    ip('-n', ns, 'link', 'set', peerIf, 'up');
    ip('-n', ns, 'link', 'set', 'lo', 'up');
  } catch (err) {
    teardown();
    throw new Error(`could not create the test network namespace: ${String((err as { stderr?: Buffer }).stderr ?? err)}`);
  }

  const agent: ChildProcess = spawn('ip', ['netns', 'exec', ns, process.execPath, join(HERE, 'peerAgent.mjs')], {
    cwd: join(HERE, '../..'),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const pending = new Map<number, (value: Record<string, unknown>) => void>();
  let nextId = 1;
  const lines = createInterface({ input: agent.stdout! });
  await new Promise<void>((resolve, reject) => {
    agent.once('exit', (code) => reject(new Error(`the peer agent exited with ${code}`)));
    lines.on('line', (line) => {
      const message = JSON.parse(line) as { id?: number; ready?: boolean };
      if (message.ready) return resolve();
      const done = message.id === undefined ? undefined : pending.get(message.id);
      if (done && message.id !== undefined) {
        pending.delete(message.id);
        done(message);
      }
    });
  });

  return {
    hostAddress,
    peerAddress,
    run<T>(op: string, args: Record<string, unknown>): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve) => {
        pending.set(id, resolve as (value: Record<string, unknown>) => void);
        agent.stdin!.write(`${JSON.stringify({ id, op, ...args })}\n`);
      });
    },
    close(): void {
      agent.kill();
      teardown();
    },
  };
}
