import { execFile } from 'node:child_process';
import type { PrinterStatus } from '../status';
import { REFUSING_STATES } from '../status';
import { type PrinterSession, type PrinterTransport, TransportError } from './transport';
import type { WindowsCommand } from './powershell';
import { WindowsHelper } from './windows-helper';
import { printResult, statusResult } from './windows-helper-protocol';
import { installedPrinterProblem, installedPrintersCommand, parsePrinterList } from './windows-printers';
import { statusFromSpooler } from './windows-status';

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
  /** Handing the ticket to the spooler. */
  writeTimeoutMs: number;
  /** How long the ticket's job may take to leave the queue: the counterpart of waiting for GS r 1. */
  processedTimeoutMs: number;
  /** The configured status budget; the spooler is given at least SPOOLER_STATUS_MIN_MS. */
  statusTimeoutMs: number;
  /** The long-lived helper; one running PowerShell by default. */
  helper?: WindowsHelper;
  /** The installed printers' names; asked of Windows by default. */
  installedPrinters?: () => Promise<string[]>;
}

/** PowerShell and WMI can take several seconds on a cold kiosk PC. */
const LIST_TIMEOUT_MS = 15_000;
/** A printer answers DLE EOT within the configured 500 ms; the spooler answers through RPC and the helper's PowerShell loop. */
const SPOOLER_STATUS_MIN_MS = 2_000;

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
 * A USB printer on Windows, reached through the spooler as RAW jobs by one long-lived helper process.
 * Its status is what the spooler and the driver report ('unknown' when the driver reports nothing).
 * The name must be an installed printer; once it was, later jobs skip the check (a printer removed
 * since then fails in OpenPrinter anyway).
 */
export function createWindowsTransport(options: WindowsTransportOptions): PrinterTransport {
  const helper = options.helper ?? new WindowsHelper();
  const installed = options.installedPrinters ?? (() => listInstalledPrinters());
  const session = new WindowsSession(helper, options);
  let confirmed = false;
  return {
    kind: 'windows',
    replies: 'spooler',
    description: `windows printer "${options.printerName}"`,
    open: async () => {
      if (!confirmed) {
        const problem = installedPrinterProblem(options.printerName, await installed());
        if (problem !== null) throw new TransportError('unavailable', `Windows printer ${problem}`);
        confirmed = true;
      }
      return session;
    },
    close: () => helper.close(),
  };
}

/** Nothing to open or close per job: the helper opens the printer for each request. */
class WindowsSession implements PrinterSession {
  readonly #helper: WindowsHelper;
  readonly #options: WindowsTransportOptions;

  constructor(helper: WindowsHelper, options: WindowsTransportOptions) {
    this.#helper = helper;
    this.#options = options;
  }

  async status(): Promise<PrinterStatus> {
    const { printerName, statusTimeoutMs } = this.#options;
    const answer = await this.#helper.request({ op: 'status', printer: printerName }, statusResult, Math.max(statusTimeoutMs, SPOOLER_STATUS_MIN_MS));
    if (!answer.ok) throw new TransportError('unavailable', `Windows printer "${printerName}": ${answer.error}`);
    return statusFromSpooler(printerName, answer.result.printer);
  }

  /** One spooler job, followed until it has left the queue; a job that stalls rejects with the state the spooler gave. */
  async write(bytes: Uint8Array): Promise<void> {
    const { printerName, writeTimeoutMs, processedTimeoutMs } = this.#options;
    const answer = await this.#helper.request(
      { op: 'print', printer: printerName, dataBase64: Buffer.from(bytes).toString('base64'), watchMs: processedTimeoutMs },
      printResult,
      writeTimeoutMs + processedTimeoutMs,
    );
    if (!answer.ok) throw new TransportError('write', `printing to Windows printer "${printerName}" failed: ${answer.error}`);
    const { job, printer } = answer.result;
    if (job.outcome !== 'done') {
      const what = job.outcome === 'stalled' ? 'stopped in the Windows queue' : `was still in the Windows queue after ${processedTimeoutMs} ms`;
      const after = job.cancelled ? 'it was cancelled' : 'it could not be cancelled: remove it from the print queue, or it prints later';
      throw new TransportError('write', `the ticket's job ${job.id} ${what}; ${after}`, { status: statusFromSpooler(printerName, printer, job) });
    }
    // The job left the queue, but a fault that came up meanwhile (the paper ran out) may have cut the ticket short.
    const now = statusFromSpooler(printerName, printer);
    if (REFUSING_STATES.includes(now.state)) {
      throw new TransportError('write', `the ticket's job ${job.id} left the queue, but then: ${now.detail}`, { status: now });
    }
  }

  request(): Promise<number | null> {
    return Promise.resolve(null);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
