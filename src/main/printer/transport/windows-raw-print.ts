/**
 * The PowerShell helper that sends a file's bytes as a RAW job through the Windows spooler
 * (OpenPrinter / StartDocPrinter "RAW" / WritePrinter), so the printer driver does not touch them.
 * It is passed with -EncodedCommand, so no part of it goes through command-line quoting; the
 * printer name and file path are embedded as single-quoted PowerShell literals.
 */

const RAW_PRINTER_CSHARP = `
using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

public static class LoketRawPrinter {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  public class DocInfo {
    [MarshalAs(UnmanagedType.LPWStr)] public string DocName;
    [MarshalAs(UnmanagedType.LPWStr)] public string OutputFile;
    [MarshalAs(UnmanagedType.LPWStr)] public string DataType;
  }

  [DllImport("winspool.drv", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool OpenPrinter(string name, out IntPtr handle, IntPtr defaults);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool ClosePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern int StartDocPrinter(IntPtr handle, int level, [In] DocInfo info);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndDocPrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool StartPagePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndPagePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool WritePrinter(IntPtr handle, byte[] bytes, int count, out int written);

  static Exception Failure(string step) {
    return new Win32Exception(Marshal.GetLastWin32Error(), step + " failed");
  }

  public static void Send(string printer, byte[] bytes) {
    IntPtr handle;
    if (!OpenPrinter(printer, out handle, IntPtr.Zero)) throw Failure("OpenPrinter '" + printer + "'");
    try {
      DocInfo info = new DocInfo();
      info.DocName = "Loket ticket";
      info.DataType = "RAW";
      if (StartDocPrinter(handle, 1, info) == 0) throw Failure("StartDocPrinter");
      try {
        if (!StartPagePrinter(handle)) throw Failure("StartPagePrinter");
        int written;
        if (!WritePrinter(handle, bytes, bytes.Length, out written)) throw Failure("WritePrinter");
        if (written != bytes.Length) throw new Exception("WritePrinter took " + written + " of " + bytes.Length + " bytes");
        EndPagePrinter(handle);
      } finally {
        EndDocPrinter(handle);
      }
    } finally {
      ClosePrinter(handle);
    }
  }
}
`;

/** A PowerShell single-quoted string literal; PowerShell also treats the typographic single quotes as quotes. */
export function powerShellLiteral(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}

/** The helper script for one job. */
export function windowsRawPrintScript(printerName: string, dataPath: string): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    `$printerName = ${powerShellLiteral(printerName)}`,
    `$dataPath = ${powerShellLiteral(dataPath)}`,
    "Add-Type -TypeDefinition @'",
    RAW_PRINTER_CSHARP.trim(),
    "'@",
    'try {',
    '  [LoketRawPrinter]::Send($printerName, [System.IO.File]::ReadAllBytes($dataPath))',
    '} catch {',
    '  [Console]::Error.WriteLine($_.Exception.Message)',
    '  exit 1',
    '}',
    'exit 0',
  ].join('\r\n');
}

export interface WindowsCommand {
  file: string;
  args: string[];
}

/** The exact program and arguments that run the helper for one job. */
export function windowsRawPrintCommand(printerName: string, dataPath: string): WindowsCommand {
  const encoded = Buffer.from(windowsRawPrintScript(printerName, dataPath), 'utf16le').toString('base64');
  return {
    file: 'powershell.exe',
    args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded],
  };
}
