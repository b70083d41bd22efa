/**
 * The Windows print helper: one PowerShell process per kiosk that compiles the spooler calls below once
 * and then serves the JSON-lines protocol of windows-helper-protocol.ts on stdin/stdout, instead of one
 * PowerShell start and C# compile per ticket. It cannot run outside Windows, so it is kept short and
 * plain; its protocol is tested against a stand-in (tests/helpers/fakeWindowsPrintHelper.mjs).
 *
 * A print sends the bytes as a RAW job (OpenPrinter / StartDocPrinter "RAW" / WritePrinter), so the
 * driver does not touch them, then follows the job with GetJob until it leaves the queue or a fault
 * flag comes up; a stalled job is deleted so it cannot print later for someone else or hold up the
 * next ticket. The printer's name only ever arrives as JSON data, never as script text.
 */
import { type WindowsCommand, powerShellCommand } from './powershell';
import { JOB_STATUS } from './windows-status';

/** Any of these on the ticket's job: it will not print by itself. */
const JOB_STALLED = Object.values(JOB_STATUS).reduce((all, flag) => all | flag, 0);

const SPOOLER_CSHARP = `
using System;
using System.Collections;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Threading;

public static class LoketSpooler {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  public class DocInfo {
    [MarshalAs(UnmanagedType.LPWStr)] public string DocName;
    [MarshalAs(UnmanagedType.LPWStr)] public string OutputFile;
    [MarshalAs(UnmanagedType.LPWStr)] public string DataType;
  }

  [StructLayout(LayoutKind.Sequential)]
  struct PrinterInfo2 {
    public IntPtr ServerName, PrinterName, ShareName, PortName, DriverName, Comment, Location, DevMode,
      SepFile, PrintProcessor, Datatype, Parameters, SecurityDescriptor;
    public uint Attributes, Priority, DefaultPriority, StartTime, UntilTime, Status, Jobs, AveragePpm;
  }

  [StructLayout(LayoutKind.Sequential)]
  struct DriverInfo3 {
    public uint Version;
    public IntPtr Name, Environment, DriverPath, DataFile, ConfigFile, HelpFile, DependentFiles, MonitorName, DefaultDataType;
  }

  [StructLayout(LayoutKind.Sequential)]
  struct JobInfo1 {
    public uint JobId;
    public IntPtr PrinterName, MachineName, UserName, Document, Datatype, StatusText;
    public uint Status, Priority, Position, TotalPages, PagesPrinted;
    public ushort Year, Month, DayOfWeek, Day, Hour, Minute, Second, Milliseconds;
  }

  [DllImport("winspool.drv", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool OpenPrinter(string name, out IntPtr handle, IntPtr defaults);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool ClosePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern int StartDocPrinter(IntPtr handle, int level, [In] DocInfo info);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool StartPagePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool WritePrinter(IntPtr handle, byte[] bytes, int count, out int written);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndPagePrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool EndDocPrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true)]
  static extern bool AbortPrinter(IntPtr handle);
  [DllImport("winspool.drv", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool GetPrinter(IntPtr handle, int level, IntPtr buffer, int size, out int needed);
  [DllImport("winspool.drv", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool GetPrinterDriver(IntPtr handle, string environment, int level, IntPtr buffer, int size, out int needed);
  [DllImport("winspool.drv", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool GetJob(IntPtr handle, int job, int level, IntPtr buffer, int size, out int needed);
  [DllImport("winspool.drv", SetLastError = true, CharSet = CharSet.Unicode)]
  static extern bool SetJob(IntPtr handle, int job, int level, IntPtr info, int command);

  const int ERROR_INVALID_PARAMETER = 87;
  const int ERROR_INSUFFICIENT_BUFFER = 122;
  const int JOB_CONTROL_DELETE = 5;
  const uint JOB_STATUS_PRINTED = 0x80, JOB_STATUS_COMPLETE = 0x1000, JOB_STALLED = ${JOB_STALLED};

  delegate bool Query(IntPtr buffer, int size, out int needed);

  static Exception Failure(string step) {
    int code = Marshal.GetLastWin32Error();
    return new Exception(step + " failed: " + new Win32Exception(code).Message + " (" + code + ")");
  }

  static string Text(IntPtr text) {
    return text == IntPtr.Zero ? "" : Marshal.PtrToStringUni(text);
  }

  // The spooler's two calls: the size first, then the data; IntPtr.Zero and the error code when it fails.
  static IntPtr Read(Query query, out int error) {
    int needed;
    error = 0;
    if (!query(IntPtr.Zero, 0, out needed)) error = Marshal.GetLastWin32Error();
    if (error != ERROR_INSUFFICIENT_BUFFER) return IntPtr.Zero;
    IntPtr buffer = Marshal.AllocHGlobal(needed);
    if (query(buffer, needed, out needed)) { error = 0; return buffer; }
    error = Marshal.GetLastWin32Error();
    Marshal.FreeHGlobal(buffer);
    return IntPtr.Zero;
  }

  static IntPtr Open(string printer) {
    IntPtr handle;
    if (!OpenPrinter(printer, out handle, IntPtr.Zero)) throw Failure("OpenPrinter '" + printer + "'");
    return handle;
  }

  static Hashtable PrinterReport(IntPtr handle) {
    int error;
    IntPtr info = Read((IntPtr b, int s, out int n) => GetPrinter(handle, 2, b, s, out n), out error);
    if (info == IntPtr.Zero) throw new Exception("GetPrinter failed: " + new Win32Exception(error).Message + " (" + error + ")");
    Hashtable report = new Hashtable();
    try {
      PrinterInfo2 p = (PrinterInfo2)Marshal.PtrToStructure(info, typeof(PrinterInfo2));
      report["status"] = p.Status;
      report["attributes"] = p.Attributes;
      report["jobs"] = p.Jobs;
      report["port"] = Text(p.PortName);
      report["driver"] = Text(p.DriverName);
    } finally {
      Marshal.FreeHGlobal(info);
    }
    // A driver that cannot be read counts as one without a language monitor: its status stays unknown.
    report["monitor"] = "";
    IntPtr driver = Read((IntPtr b, int s, out int n) => GetPrinterDriver(handle, null, 3, b, s, out n), out error);
    if (driver != IntPtr.Zero) {
      try {
        report["monitor"] = Text(((DriverInfo3)Marshal.PtrToStructure(driver, typeof(DriverInfo3))).MonitorName);
      } finally {
        Marshal.FreeHGlobal(driver);
      }
    }
    return report;
  }

  static int Spool(IntPtr handle, byte[] bytes) {
    DocInfo info = new DocInfo();
    info.DocName = "Loket ticket";
    info.DataType = "RAW";
    int job = StartDocPrinter(handle, 1, info);
    if (job == 0) throw Failure("StartDocPrinter");
    try {
      if (!StartPagePrinter(handle)) throw Failure("StartPagePrinter");
      int written;
      if (!WritePrinter(handle, bytes, bytes.Length, out written)) throw Failure("WritePrinter");
      if (written != bytes.Length) throw new Exception("WritePrinter took " + written + " of " + bytes.Length + " bytes");
      if (!EndPagePrinter(handle)) throw Failure("EndPagePrinter");
    } catch {
      // Half a ticket must not print later for someone else.
      AbortPrinter(handle);
      throw;
    }
    if (!EndDocPrinter(handle)) throw Failure("EndDocPrinter");
    return job;
  }

  static Hashtable Watch(IntPtr handle, int job, int watchMs) {
    Hashtable report = new Hashtable();
    report["id"] = job;
    report["status"] = 0u;
    report["text"] = "";
    report["cancelled"] = false;
    DateTime deadline = DateTime.UtcNow.AddMilliseconds(watchMs);
    while (true) {
      int error;
      IntPtr info = Read((IntPtr b, int s, out int n) => GetJob(handle, job, 1, b, s, out n), out error);
      if (info == IntPtr.Zero) {
        // The spooler no longer knows the job: it went to the printer and was removed.
        if (error != ERROR_INVALID_PARAMETER) throw new Exception("GetJob failed: " + new Win32Exception(error).Message + " (" + error + ")");
        report["outcome"] = "done";
        return report;
      }
      uint status;
      try {
        JobInfo1 j = (JobInfo1)Marshal.PtrToStructure(info, typeof(JobInfo1));
        status = j.Status;
        report["status"] = status;
        report["text"] = Text(j.StatusText);
      } finally {
        Marshal.FreeHGlobal(info);
      }
      bool stalled = (status & JOB_STALLED) != 0;
      if (!stalled && (status & (JOB_STATUS_PRINTED | JOB_STATUS_COMPLETE)) != 0) {
        report["outcome"] = "done";
        return report;
      }
      if (stalled || DateTime.UtcNow >= deadline) {
        report["outcome"] = stalled ? "stalled" : "waiting";
        report["cancelled"] = SetJob(handle, job, 0, IntPtr.Zero, JOB_CONTROL_DELETE);
        return report;
      }
      Thread.Sleep(50);
    }
  }

  public static Hashtable Status(string printer) {
    IntPtr handle = Open(printer);
    try {
      Hashtable result = new Hashtable();
      result["printer"] = PrinterReport(handle);
      return result;
    } finally {
      ClosePrinter(handle);
    }
  }

  public static Hashtable Print(string printer, byte[] bytes, int watchMs) {
    IntPtr handle = Open(printer);
    try {
      int job = Spool(handle, bytes);
      Hashtable result = new Hashtable();
      result["job"] = Watch(handle, job, watchMs);
      result["printer"] = PrinterReport(handle);
      return result;
    } finally {
      ClosePrinter(handle);
    }
  }
}
`;

/** Compiles the C# once, says it is ready, then answers each request line until stdin closes (the kiosk quit). */
const HELPER_POWERSHELL = [
  "$ErrorActionPreference = 'Stop'",
  "$ProgressPreference = 'SilentlyContinue'",
  "Add-Type -TypeDefinition @'",
  SPOOLER_CSHARP.trim(),
  "'@",
  // Own UTF-8 streams without a byte-order mark: printer names may hold any character.
  '$utf8 = New-Object System.Text.UTF8Encoding $false',
  '$reader = New-Object System.IO.StreamReader ([Console]::OpenStandardInput()), $utf8',
  '$writer = New-Object System.IO.StreamWriter ([Console]::OpenStandardOutput()), $utf8',
  '$writer.AutoFlush = $true',
  "$writer.WriteLine('{\"ready\":true}')",
  'while ($null -ne ($line = $reader.ReadLine())) {',
  '  $id = $null',
  '  try {',
  '    $request = ConvertFrom-Json $line',
  '    $id = $request.id',
  '    switch ($request.op) {',
  "      'status' { $result = [LoketSpooler]::Status($request.printer) }",
  "      'print' { $result = [LoketSpooler]::Print($request.printer, [Convert]::FromBase64String($request.dataBase64), [int]$request.watchMs) }",
  '      default { throw "unknown op $($request.op)" }',
  '    }',
  '    $writer.WriteLine((ConvertTo-Json -Compress -Depth 5 @{ id = $id; ok = $true; result = $result }))',
  '  } catch {',
  '    $writer.WriteLine((ConvertTo-Json -Compress @{ id = $id; ok = $false; error = $_.Exception.GetBaseException().Message }))',
  '  }',
  '}',
].join('\r\n');

/** The exact program and arguments that start the helper. */
export function windowsHelperCommand(): WindowsCommand {
  return powerShellCommand(HELPER_POWERSHELL);
}
