/**
 * The Windows spooler's words for a printer's state, mapped to ours. The spooler keeps the printer's
 * state in PRINTER_INFO_2.Status (what the driver's language monitor and the port monitor report; WMI's
 * Win32_Printer PrinterStatus, DetectedErrorState, ExtendedPrinterStatus and WorkOffline are computed
 * from it and from Attributes, so the helper reads the source) and each job's in JOB_INFO_1.Status.
 */
import type { PrinterStatus } from '../status';
import type { SpoolerJobReport, SpoolerPrinterReport } from './windows-helper-protocol';

/** PRINTER_STATUS_* (winspool.h) that stop a ticket. */
export const PRINTER_STATUS = {
  PAUSED: 0x1,
  ERROR: 0x2,
  PENDING_DELETION: 0x4,
  PAPER_JAM: 0x8,
  PAPER_OUT: 0x10,
  PAPER_PROBLEM: 0x40,
  OFFLINE: 0x80,
  NOT_AVAILABLE: 0x1000,
  USER_INTERVENTION: 0x100000,
  OUT_OF_MEMORY: 0x200000,
  DOOR_OPEN: 0x400000,
  SERVER_UNKNOWN: 0x800000,
  SERVER_OFFLINE: 0x2000000,
} as const;

/** JOB_STATUS_* that mean the job is stuck. */
export const JOB_STATUS = {
  PAUSED: 0x1,
  ERROR: 0x2,
  OFFLINE: 0x20,
  PAPEROUT: 0x40,
  BLOCKED_DEVQ: 0x200,
  USER_INTERVENTION: 0x400,
} as const;

/** PRINTER_ATTRIBUTE_*. */
export const PRINTER_ATTRIBUTE = {
  WORK_OFFLINE: 0x400,
  ENABLE_BIDI: 0x800,
} as const;

const has = (value: number, flags: number): boolean => (value & flags) !== 0;

/**
 * Only a driver with a language monitor, with bidirectional support switched on, learns the printer's
 * state while it is idle (the Epson APD's status monitor, for one). Without it the spooler knows little
 * more than that the port took the bytes, which a printer out of paper also does into its buffer, so
 * "no fault" means "cannot tell".
 */
export function driverReportsStatus(printer: SpoolerPrinterReport): boolean {
  return has(printer.attributes, PRINTER_ATTRIBUTE.ENABLE_BIDI) && printer.monitor.trim() !== '';
}

/** The state of `name` from the spooler's printer report and, after a job, that job's report; the most serious first, as for DLE EOT. */
export function statusFromSpooler(name: string, printer: SpoolerPrinterReport, job?: SpoolerJobReport): PrinterStatus {
  const p = printer.status;
  const j = job?.status ?? 0;
  const where = `Windows printer "${name}" on ${printer.port || 'no port'}`;
  const said = job && job.text.trim() !== '' ? ` (the driver says "${job.text.trim()}")` : '';
  const fault = (state: PrinterStatus['state'], what: string): PrinterStatus => ({ state, detail: `${where}: ${what}${said}` });

  if (has(p, PRINTER_STATUS.DOOR_OPEN)) return fault('cover_open', 'printer cover is open');
  if (has(p, PRINTER_STATUS.PAPER_OUT) || has(j, JOB_STATUS.PAPEROUT)) return fault('paper_out', 'paper roll is empty');
  if (has(p, PRINTER_STATUS.PAPER_JAM)) return fault('error', 'paper jam');
  if (has(p, PRINTER_STATUS.ERROR | PRINTER_STATUS.PAPER_PROBLEM | PRINTER_STATUS.USER_INTERVENTION | PRINTER_STATUS.OUT_OF_MEMORY)) {
    return fault('error', 'the printer reports an error');
  }
  if (has(j, JOB_STATUS.ERROR | JOB_STATUS.USER_INTERVENTION | JOB_STATUS.BLOCKED_DEVQ)) return fault('error', 'the ticket\'s job stopped with an error');
  if (has(p, PRINTER_STATUS.PAUSED) || has(j, JOB_STATUS.PAUSED)) return fault('offline', 'the Windows print queue is paused');
  if (has(printer.attributes, PRINTER_ATTRIBUTE.WORK_OFFLINE)) return fault('offline', 'set to "Use printer offline" in Windows');
  if (has(p, PRINTER_STATUS.OFFLINE | PRINTER_STATUS.NOT_AVAILABLE | PRINTER_STATUS.SERVER_OFFLINE | PRINTER_STATUS.SERVER_UNKNOWN) || has(j, JOB_STATUS.OFFLINE)) {
    return fault('offline', 'printer is offline (switched off or unplugged?)');
  }
  if (has(p, PRINTER_STATUS.PENDING_DELETION)) return fault('offline', 'the printer is being removed from Windows');
  if (job?.outcome === 'waiting') return fault('no_reply', 'the ticket\'s job did not leave the Windows queue in time');

  if (!driverReportsStatus(printer)) {
    return {
      state: 'unknown',
      detail: `${where}: the driver "${printer.driver}" does not report the printer's status (no language monitor, or bidirectional support is off), so a ticket cannot be confirmed`,
    };
  }
  return { state: 'ok', detail: `${where}: printer ready` };
}
