import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type PrinterSession, type PrinterTransport, TransportError } from './transport';
import { installedPrinterProblem, installedPrintersCommand, parsePrinterList } from './windows-printers';
import { type WindowsCommand, windowsRawPrintCommand } from './windows-raw-print';

export interface CommandResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs a program without a shell; injectable so tests can see the exact command. */
export type CommandRunner = (command: WindowsCommand, timeoutMs: number) => Promise<CommandResult>;

export const runWithExecFile: CommandRunner = (command, timeoutMs) =>
  new Promise((resolve) => {
    execFile(command.file, command.args, { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      const failure = error as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
      resolve({
        exitCode: failure === null ? 0 : typeof failure.code === 'number' ? failure.code : null,
        stdout: String(stdout),
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
  /** The installed printers' names; asked of Windows by default. */
  installedPrinters?: () => Promise<string[]>;
}

/** PowerShell and WMI can take several seconds on a cold kiosk PC. */
const LIST_TIMEOUT_MS = 15_000;

/** The names of the printers installed on this PC, from the spooler. */
export async function listInstalledPrinters(run: CommandRunner = runWithExecFile, timeoutMs = LIST_TIMEOUT_MS): Promise<string[]> {
  const result = await run(installedPrintersCommand(), timeoutMs);
  if (result.timedOut || result.exitCode !== 0) {
    const reason = result.timedOut ? `no answer within ${timeoutMs} ms` : result.stderr.trim() || `exit code ${result.exitCode}`;
    throw new TransportError('unavailable', `the list of installed Windows printers could not be read: ${reason}`);
  }
  return parsePrinterList(result.stdout);
}

/**
 * A USB printer on Windows, reached through the spooler as a RAW job; it never reports status. The name
 * must be an installed printer; once it was, later jobs skip the check (a printer removed since then
 * fails in OpenPrinter anyway).
 */
export function createWindowsTransport(options: WindowsTransportOptions): PrinterTransport {
  const installed = options.installedPrinters ?? (() => listInstalledPrinters(options.run));
  let confirmed = false;
  return {
    kind: 'windows',
    replies: 'none',
    description: `windows printer "${options.printerName}"`,
    open: async () => {
      if (!confirmed) {
        const problem = installedPrinterProblem(options.printerName, await installed());
        if (problem !== null) throw new TransportError('unavailable', `Windows printer ${problem}`);
        confirmed = true;
      }
      return new WindowsSession(options);
    },
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
