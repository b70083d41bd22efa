import { readFile } from 'node:fs/promises';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPrintJob } from '../../../src/main/printer/run-print-job';
import type { CommandRunner } from '../../../src/main/printer/transport/windows';
import { createWindowsTransport, listInstalledPrinters } from '../../../src/main/printer/transport/windows';
import { installedPrinterProblem, parsePrinterList } from '../../../src/main/printer/transport/windows-printers';
import {
  powerShellLiteral,
  windowsRawPrintCommand,
  windowsRawPrintScript,
} from '../../../src/main/printer/transport/windows-raw-print';

const decodeScript = (args: string[]) => Buffer.from(args.at(-1) ?? '', 'base64').toString('utf16le');

describe('PowerShell literal quoting', () => {
  it.each([
    ['POS-80', "'POS-80'"],
    ["Kasir 'Depan'", "'Kasir ''Depan'''"],
    ['Kasir ’Depan’', "'Kasir ’’Depan’’'"],
    ['a $(Remove-Item x) `b` "c"', "'a $(Remove-Item x) `b` \"c\"'"],
  ])('%j', (value, literal) => {
    expect(powerShellLiteral(value)).toBe(literal);
  });
});

describe('windowsRawPrintCommand', () => {
  const printerName = "EPSON TM-T20II Receipt'; Remove-Item C:\\ -Recurse; '";
  const command = windowsRawPrintCommand(printerName, 'C:\\Temp\\loket ticket.bin');

  it('runs powershell.exe without a profile and with the script encoded', () => {
    expect(command.file).toBe('powershell.exe');
    expect(command.args.slice(0, -1)).toEqual([
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
    expect(command.args.at(-1)).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('puts the printer name into the script only as a quoted literal', () => {
    const script = decodeScript(command.args);
    expect(script).toBe(windowsRawPrintScript(printerName, 'C:\\Temp\\loket ticket.bin'));
    expect(script).toContain("$printerName = 'EPSON TM-T20II Receipt''; Remove-Item C:\\ -Recurse; '''");
    expect(script).toContain("$dataPath = 'C:\\Temp\\loket ticket.bin'");
    expect(script.split('Remove-Item')).toHaveLength(2);
  });

  it('sends RAW data through the spooler API', () => {
    const script = decodeScript(command.args);
    for (const api of ['OpenPrinter', 'StartDocPrinter', 'StartPagePrinter', 'WritePrinter', 'EndDocPrinter', '"RAW"']) {
      expect(script).toContain(api);
    }
    expect(script).toContain('[LoketRawPrinter]::Send($printerName, [System.IO.File]::ReadAllBytes($dataPath))');
  });
});

const INSTALLED = async () => ['Microsoft Print to PDF', 'POS-80'];

describe('windows transport', () => {
  const ticket = Uint8Array.of(0x1b, 0x40, 0x41, 0x0a, 0x1d, 0x56, 0x01);
  const timeouts = { statusMs: 100, processedMs: 100 };

  it('spools the exact bytes once, reports status unknown and removes the job file', async () => {
    const spoolDir = await mkdtemp(path.join(tmpdir(), 'loket-win-'));
    const calls: { file: string; args: string[]; data: Buffer }[] = [];
    const run: CommandRunner = async (command, timeoutMs) => {
      expect(timeoutMs).toBe(3000);
      const dataPath = /\$dataPath = '(.*)'/.exec(decodeScript(command.args))?.[1] ?? '';
      calls.push({ ...command, data: await readFile(dataPath) });
      return { exitCode: 0, stdout: '', stderr: '', timedOut: false };
    };
    const transport = createWindowsTransport({ printerName: 'POS-80', writeTimeoutMs: 3000, spoolDir, run, installedPrinters: INSTALLED });
    const outcome = await runPrintJob(transport, ticket, timeouts);
    expect(outcome.outcome).toBe('printed');
    expect(outcome.status.state).toBe('unknown');
    expect(calls).toHaveLength(1);
    expect([...(calls[0]?.data ?? [])]).toEqual([...ticket]);
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it('reports the helper error as a failed job', async () => {
    const run: CommandRunner = async () => ({ exitCode: 1, stdout: '', stderr: "OpenPrinter 'POS-80' failed\r\n", timedOut: false });
    const transport = createWindowsTransport({ printerName: 'POS-80', writeTimeoutMs: 3000, run, installedPrinters: INSTALLED });
    const outcome = await runPrintJob(transport, ticket, timeouts);
    expect(outcome.outcome).toBe('failed');
    expect(outcome.reason).toMatch(/OpenPrinter 'POS-80' failed/);
  });

  it('reports a helper that hangs as a timeout', async () => {
    const run: CommandRunner = async () => ({ exitCode: null, stdout: '', stderr: '', timedOut: true });
    const transport = createWindowsTransport({ printerName: 'POS-80', writeTimeoutMs: 3000, run, installedPrinters: INSTALLED });
    const outcome = await runPrintJob(transport, ticket, timeouts);
    expect(outcome.outcome).toBe('failed');
    expect(outcome.reason).toMatch(/did not take the job .* within 3000 ms/);
  });

  it('sends nothing to a printer name that is not installed, and checks an installed one only once', async () => {
    const jobs: string[] = [];
    const run: CommandRunner = async (command) => {
      jobs.push(command.file);
      return { exitCode: 0, stdout: '', stderr: '', timedOut: false };
    };
    let asked = 0;
    const installed = async () => {
      asked++;
      return ['POS-80'];
    };
    const share = createWindowsTransport({ printerName: '\\\\server\\share', writeTimeoutMs: 3000, run, installedPrinters: installed });
    const refused = await runPrintJob(share, ticket, timeouts);
    expect(refused).toEqual({
      outcome: 'not_printed',
      status: { state: 'offline', detail: 'Windows printer "\\\\server\\share" is not a printer installed on this PC (installed: "POS-80")' },
      reason: 'Windows printer "\\\\server\\share" is not a printer installed on this PC (installed: "POS-80")',
    });
    expect(jobs).toEqual([]);

    const pos = createWindowsTransport({ printerName: 'pos-80', writeTimeoutMs: 3000, run, installedPrinters: installed });
    await runPrintJob(pos, ticket, timeouts);
    await runPrintJob(pos, ticket, timeouts);
    expect(jobs).toEqual(['powershell.exe', 'powershell.exe']);
    expect(asked).toBe(2);
  });
});

describe('installed Windows printers', () => {
  it('decides from the list, ignoring case, and names the installed ones', () => {
    expect(installedPrinterProblem('EPSON TM-T20II', ['Fax', 'Epson TM-T20ii'])).toBeNull();
    expect(installedPrinterProblem('POS-80 ', ['POS-80'])).toBe('"POS-80 " is not a printer installed on this PC (installed: "POS-80")');
    expect(installedPrinterProblem('POS-80', [])).toBe('"POS-80" is not a printer installed on this PC (no printer is installed)');
  });

  it('reads the spooler\'s list through PowerShell, one name a line', async () => {
    const run: CommandRunner = async (command) => {
      expect(command.file).toBe('powershell.exe');
      expect(decodeScript(command.args)).toContain('Win32_Printer');
      return { exitCode: 0, stdout: '\ufeffMicrosoft Print to PDF\r\nPOS-80\r\n\r\n', stderr: '', timedOut: false };
    };
    expect(await listInstalledPrinters(run, 1000)).toEqual(['Microsoft Print to PDF', 'POS-80']);
    expect(parsePrinterList('')).toEqual([]);
    const failing: CommandRunner = async () => ({ exitCode: 1, stdout: '', stderr: 'Get-CimInstance : Access denied', timedOut: false });
    await expect(listInstalledPrinters(failing, 1000)).rejects.toThrow('the list of installed Windows printers could not be read: Get-CimInstance : Access denied');
  });
});
