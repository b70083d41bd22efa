import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';

/**
 * A real character device that harms nothing: a pseudo-terminal in raw mode, made by Python's pty module
 * (Node has no openpty). What the transport writes to its /dev/pts path comes out here, and bytes sent
 * back reach the transport's reads, as a two-way printer's status replies would.
 */
const PTY_SCRIPT = `
import os, pty, select, sys, tty
master, slave = pty.openpty()
tty.setraw(slave)
out = sys.stdout.buffer
out.write((os.ttyname(slave) + "\\n").encode()); out.flush()
while True:
    ready, _, _ = select.select([master, 0], [], [])
    if master in ready:
        out.write(os.read(master, 4096)); out.flush()
    if 0 in ready:
        data = os.read(0, 4096)
        if not data: break
        os.write(master, data)
`;

export const hasPython = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;

export interface PseudoTerminal {
  /** The /dev/pts/N path of the terminal's device side. */
  path: string;
  /** Every byte written to the device so far. */
  received(): Buffer;
  /** Sends bytes to whoever reads the device. */
  reply(bytes: Uint8Array): void;
  close(): Promise<void>;
}

/** `onData` sees each chunk written to the device (e.g. to answer status requests). */
export function openPseudoTerminal(onData: (chunk: Buffer, terminal: PseudoTerminal) => void = () => undefined): Promise<PseudoTerminal> {
  const child: ChildProcessWithoutNullStreams = spawn('python3', ['-c', PTY_SCRIPT]);
  let pending = Buffer.alloc(0);
  const chunks: Buffer[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let terminal: PseudoTerminal | null = null;
    child.once('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      if (terminal) {
        chunks.push(chunk);
        onData(chunk, terminal);
        return;
      }
      pending = Buffer.concat([pending, chunk]);
      const newline = pending.indexOf(0x0a);
      if (newline < 0) return;
      const opened: PseudoTerminal = {
        path: pending.subarray(0, newline).toString('utf8'),
        received: () => Buffer.concat(chunks),
        reply: (bytes) => child.stdin.write(bytes),
        close: async () => {
          child.kill();
          await exited;
        },
      };
      terminal = opened;
      const rest = pending.subarray(newline + 1);
      if (rest.length > 0) {
        chunks.push(rest);
        onData(rest, opened);
      }
      resolve(opened);
    });
  });
}
