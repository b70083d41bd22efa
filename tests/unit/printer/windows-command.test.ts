import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../src/main/printer/transport/windows';
import { listInstalledPrinters } from '../../../src/main/printer/transport/windows';
import { windowsHelperCommand } from '../../../src/main/printer/transport/windows-helper-script';
import { installedPrinterProblem, installedPrintersCommand, parsePrinterList } from '../../../src/main/printer/transport/windows-printers';
import { JOB_STATUS } from '../../../src/main/printer/transport/windows-status';

const decodeScript = (args: string[]) => Buffer.from(args.at(-1) ?? '', 'base64').toString('utf16le');
const POWERSHELL_ARGS = ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand'];

describe('the Windows print helper command', () => {
  const command = windowsHelperCommand();
  const script = decodeScript(command.args);

  it('runs powershell.exe without a profile, with the script encoded', () => {
    expect(command.file).toBe('powershell.exe');
    expect(command.args.slice(0, -1)).toEqual(POWERSHELL_ARGS);
    expect(command.args.at(-1)).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(script).toMatch(/^\$ErrorActionPreference = 'Stop'\r\n/);
  });

  it('fits a Windows command line (32 767 characters)', () => {
    expect([command.file, ...command.args].join(' ').length).toBeLessThan(32_000);
  });

  it('is the same for every printer: names only ever arrive as JSON data', () => {
    expect(windowsHelperCommand()).toEqual(command);
    expect(script).not.toMatch(/POS-80|EPSON/);
    expect(script).toContain('ConvertFrom-Json $line');
    expect(script).toContain('[LoketSpooler]::Status($request.printer)');
    expect(script).toContain('[LoketSpooler]::Print($request.printer, [Convert]::FromBase64String($request.dataBase64), [int]$request.watchMs)');
  });

  it('compiles the C# once, before saying it is ready, and then serves lines until stdin closes', () => {
    const addType = script.indexOf('Add-Type -TypeDefinition');
    const ready = script.indexOf('{"ready":true}');
    const loop = script.indexOf('while ($null -ne ($line = $reader.ReadLine()))');
    expect(addType).toBeGreaterThan(-1);
    expect(addType).toBeLessThan(ready);
    expect(ready).toBeLessThan(loop);
    expect(script.match(/Add-Type/g)).toHaveLength(1);
  });

  it('keeps the C# inside its here-string (no line of it ends the here-string early)', () => {
    const lines = script.split('\r\n');
    const open = lines.indexOf("Add-Type -TypeDefinition @'");
    const ends = lines.map((line, index) => (line.startsWith("'@") ? index : -1)).filter((index) => index !== -1);
    expect(ends).toHaveLength(1);
    const csharp = lines.slice(open + 1, ends[0]).join('\n');
    expect(csharp.split('{').length).toBe(csharp.split('}').length);
    expect(csharp).not.toContain('${');
  });

  it('sends RAW jobs, follows them with GetJob, deletes a stalled one and reads the printer and its driver', () => {
    for (const api of ['OpenPrinter', 'StartDocPrinter', 'StartPagePrinter', 'WritePrinter', 'EndDocPrinter', 'AbortPrinter', 'GetJob', 'SetJob', 'GetPrinter(handle, 2', 'GetPrinterDriver(handle, null, 3', 'info.DataType = "RAW"']) {
      expect(script).toContain(api);
    }
    expect(script).toContain('JOB_CONTROL_DELETE = 5');
  });

  it('treats the job flags the status mapping calls stuck as stalled', () => {
    expect(script).toContain(`JOB_STALLED = ${Object.values(JOB_STATUS).reduce((all, flag) => all | flag, 0)};`);
    expect(script).toContain('JOB_STALLED = 1635;');
  });
});

describe('installed Windows printers', () => {
  it('decides from the list, ignoring case, and names the installed ones', () => {
    expect(installedPrinterProblem('EPSON TM-T20II', ['Fax', 'Epson TM-T20ii'])).toBeNull();
    expect(installedPrinterProblem('POS-80 ', ['POS-80'])).toBe('"POS-80 " is not a printer installed on this PC (installed: "POS-80")');
    expect(installedPrinterProblem('POS-80', [])).toBe('"POS-80" is not a printer installed on this PC (no printer is installed)');
  });

  it("reads the spooler's list through PowerShell, one name a line", async () => {
    expect(installedPrintersCommand().args.slice(0, -1)).toEqual(POWERSHELL_ARGS);
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
