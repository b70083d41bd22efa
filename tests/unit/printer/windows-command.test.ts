import { readFile } from 'node:fs/promises';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPrintJob } from '../../../src/main/printer/run-print-job';
import type { CommandRunner } from '../../../src/main/printer/transport/windows';
import { createWindowsTransport } from '../../../src/main/printer/transport/windows';
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
      return { exitCode: 0, stderr: '', timedOut: false };
    };
    const transport = createWindowsTransport({ printerName: 'POS-80', writeTimeoutMs: 3000, spoolDir, run });
    const outcome = await runPrintJob(transport, ticket, timeouts);
    expect(outcome.outcome).toBe('printed');
    expect(outcome.status.state).toBe('unknown');
    expect(calls).toHaveLength(1);
    expect([...(calls[0]?.data ?? [])]).toEqual([...ticket]);
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it('reports the helper error as a failed job', async () => {
    const run: CommandRunner = async () => ({ exitCode: 1, stderr: "OpenPrinter 'POS-80' failed\r\n", timedOut: false });
    const transport = createWindowsTransport({ printerName: 'POS-80', writeTimeoutMs: 3000, run });
    const outcome = await runPrintJob(transport, ticket, timeouts);
    expect(outcome.outcome).toBe('failed');
    expect(outcome.reason).toMatch(/OpenPrinter 'POS-80' failed/);
  });

  it('reports a helper that hangs as a timeout', async () => {
    const run: CommandRunner = async () => ({ exitCode: null, stderr: '', timedOut: true });
    const transport = createWindowsTransport({ printerName: 'POS-80', writeTimeoutMs: 3000, run });
    const outcome = await runPrintJob(transport, ticket, timeouts);
    expect(outcome.outcome).toBe('failed');
    expect(outcome.reason).toMatch(/did not take the job .* within 3000 ms/);
  });
});
