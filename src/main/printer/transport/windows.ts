import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type PrinterSession, type PrinterTransport, TransportError } from './transport';
import { type WindowsCommand, windowsRawPrintCommand } from './windows-raw-print';

export interface CommandResult {
  exitCode: number | null;
  stderr: string;
  timedOut: boolean;
}

/** Runs a program without a shell; injectable so tests can see the exact command. */
export type CommandRunner = (command: WindowsCommand, timeoutMs: number) => Promise<CommandResult>;

export const runWithExecFile: CommandRunner = (command, timeoutMs) =>
  new Promise((resolve) => {
    execFile(command.file, command.args, { timeout: timeoutMs, windowsHide: true }, (error, _stdout, stderr) => {
      const failure = error as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
      resolve({
        exitCode: failure === null ? 0 : typeof failure.code === 'number' ? failure.code : null,
        stderr: failure && typeof failure.code === 'string' ? `${failure.message}\n${stderr}` : String(stderr),
        timedOut: failure?.killed === true,
      });
    });
  });

export interface WindowsTransportOptions {
  printerName: string;
  writeTimeoutMs: number;
  /** Folder for the job file; the system temp folder by default. */
  spoolDir?: string;
  run?: CommandRunner;
}

/** A USB printer on Windows, reached through the spooler as a RAW job; it never reports status. */
export function createWindowsTransport(options: WindowsTransportOptions): PrinterTransport {
  return {
    kind: 'windows',
    replies: 'none',
    description: `windows printer "${options.printerName}"`,
    open: () => Promise.resolve(new WindowsSession(options)),
  };
}

class WindowsSession implements PrinterSession {
  readonly #options: WindowsTransportOptions;

  constructor(options: WindowsTransportOptions) {
    this.#options = options;
  }

  /** Each write is one spooler job. */
  async write(bytes: Uint8Array): Promise<void> {
    const { printerName, writeTimeoutMs } = this.#options;
    const file = path.join(this.#options.spoolDir ?? tmpdir(), `loket-ticket-${randomUUID()}.bin`);
    await writeFile(file, bytes);
    try {
      const run = this.#options.run ?? runWithExecFile;
      const result = await run(windowsRawPrintCommand(printerName, file), writeTimeoutMs);
      if (result.timedOut) {
        throw new TransportError('timeout', `the Windows spooler did not take the job for "${printerName}" within ${writeTimeoutMs} ms`);
      }
      if (result.exitCode !== 0) {
        const reason = result.stderr.trim() || `exit code ${result.exitCode}`;
        throw new TransportError('write', `printing to Windows printer "${printerName}" failed: ${reason}`);
      }
    } finally {
      await rm(file, { force: true });
    }
  }

  request(): Promise<number | null> {
    return Promise.resolve(null);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
