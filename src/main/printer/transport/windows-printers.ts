import { printerNotInstalledProblem } from '../../../shared/config/printerProblems';
import { type WindowsCommand, powerShellCommand } from './powershell';

/**
 * The printers installed on this Windows PC. A RAW job may only go to one of them: a name such as
 * "\\server\share" or a port name would otherwise send the ticket's bytes wherever it points.
 */

/** Lists every installed printer's name, one per line, in UTF-8 (names may carry any character). */
const LIST_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
  'Get-CimInstance -ClassName Win32_Printer | ForEach-Object { [Console]::Out.WriteLine($_.Name) }',
].join('\r\n');

export function installedPrintersCommand(): WindowsCommand {
  return powerShellCommand(LIST_SCRIPT);
}

export function parsePrinterList(stdout: string): string[] {
  return stdout
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Windows printer names ignore case. */
function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

/** Null when `name` is an installed printer, else why not (the installed ones named, so the right one can be picked). */
export function installedPrinterProblem(name: string, installed: readonly string[]): string | null {
  return installed.some((printer) => sameName(printer, name)) ? null : printerNotInstalledProblem(name, installed);
}
