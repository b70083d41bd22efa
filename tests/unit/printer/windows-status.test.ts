import { describe, expect, it } from 'vitest';
import type { SpoolerJobReport, SpoolerPrinterReport } from '../../../src/main/printer/transport/windows-helper-protocol';
import { JOB_STATUS, PRINTER_ATTRIBUTE, PRINTER_STATUS, driverReportsStatus, statusFromSpooler } from '../../../src/main/printer/transport/windows-status';

/** The TM-T82 with Epson's driver: bidirectional support on, a language monitor. */
const epson: SpoolerPrinterReport = {
  status: 0,
  attributes: 0x40 | PRINTER_ATTRIBUTE.ENABLE_BIDI,
  jobs: 0,
  port: 'ESDPRT001',
  driver: 'EPSON TM-T82 Receipt5',
  monitor: 'EPSON TM-T82 Receipt5 LM',
};
const generic: SpoolerPrinterReport = { ...epson, port: 'USB001', driver: 'Generic / Text Only', monitor: '' };
const job = (status: number, outcome: SpoolerJobReport['outcome'] = 'stalled', text = ''): SpoolerJobReport => ({ id: 7, status, text, outcome, cancelled: true });
const state = (printer: SpoolerPrinterReport, j?: SpoolerJobReport) => statusFromSpooler('POS-80', printer, j).state;

describe('winspool.h flag values', () => {
  it('match the Windows SDK', () => {
    expect(PRINTER_STATUS).toEqual({
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
    });
    expect(JOB_STATUS).toEqual({ PAUSED: 0x1, ERROR: 0x2, OFFLINE: 0x20, PAPEROUT: 0x40, BLOCKED_DEVQ: 0x200, USER_INTERVENTION: 0x400 });
    expect(PRINTER_ATTRIBUTE).toEqual({ WORK_OFFLINE: 0x400, ENABLE_BIDI: 0x800 });
  });
});

describe('statusFromSpooler', () => {
  it.each([
    ['PRINTER_STATUS_DOOR_OPEN', PRINTER_STATUS.DOOR_OPEN, 'cover_open'],
    ['PRINTER_STATUS_PAPER_OUT', PRINTER_STATUS.PAPER_OUT, 'paper_out'],
    ['PRINTER_STATUS_PAPER_JAM', PRINTER_STATUS.PAPER_JAM, 'error'],
    ['PRINTER_STATUS_ERROR', PRINTER_STATUS.ERROR, 'error'],
    ['PRINTER_STATUS_PAPER_PROBLEM', PRINTER_STATUS.PAPER_PROBLEM, 'error'],
    ['PRINTER_STATUS_USER_INTERVENTION', PRINTER_STATUS.USER_INTERVENTION, 'error'],
    ['PRINTER_STATUS_OUT_OF_MEMORY', PRINTER_STATUS.OUT_OF_MEMORY, 'error'],
    ['PRINTER_STATUS_OFFLINE', PRINTER_STATUS.OFFLINE, 'offline'],
    ['PRINTER_STATUS_NOT_AVAILABLE', PRINTER_STATUS.NOT_AVAILABLE, 'offline'],
    ['PRINTER_STATUS_SERVER_OFFLINE', PRINTER_STATUS.SERVER_OFFLINE, 'offline'],
    ['PRINTER_STATUS_SERVER_UNKNOWN', PRINTER_STATUS.SERVER_UNKNOWN, 'offline'],
    ['PRINTER_STATUS_PAUSED', PRINTER_STATUS.PAUSED, 'offline'],
    ['PRINTER_STATUS_PENDING_DELETION', PRINTER_STATUS.PENDING_DELETION, 'offline'],
    ['busy, printing, warming up (0x200 | 0x400 | 0x10000)', 0x200 | 0x400 | 0x10000, 'ok'],
  ])('%s → %s', (_name, status, expected) => {
    expect(state({ ...epson, status })).toBe(expected);
  });

  it.each([
    ['JOB_STATUS_PAPEROUT', JOB_STATUS.PAPEROUT, 'paper_out'],
    ['JOB_STATUS_ERROR', JOB_STATUS.ERROR, 'error'],
    ['JOB_STATUS_USER_INTERVENTION', JOB_STATUS.USER_INTERVENTION, 'error'],
    ['JOB_STATUS_BLOCKED_DEVQ', JOB_STATUS.BLOCKED_DEVQ, 'error'],
    ['JOB_STATUS_OFFLINE', JOB_STATUS.OFFLINE, 'offline'],
    ['JOB_STATUS_PAUSED', JOB_STATUS.PAUSED, 'offline'],
  ])('a job with %s → %s', (_name, status, expected) => {
    expect(state(epson, job(status))).toBe(expected);
  });

  it('reports the most serious condition first, as for DLE EOT', () => {
    expect(state({ ...epson, status: PRINTER_STATUS.DOOR_OPEN | PRINTER_STATUS.PAPER_OUT | PRINTER_STATUS.OFFLINE })).toBe('cover_open');
    expect(state({ ...epson, status: PRINTER_STATUS.PAPER_OUT | PRINTER_STATUS.ERROR | PRINTER_STATUS.OFFLINE })).toBe('paper_out');
    expect(state({ ...epson, status: PRINTER_STATUS.ERROR | PRINTER_STATUS.OFFLINE })).toBe('error');
    expect(state({ ...epson, status: PRINTER_STATUS.OFFLINE }, job(JOB_STATUS.PAPEROUT))).toBe('paper_out');
  });

  it('takes "Use printer offline" (PRINTER_ATTRIBUTE_WORK_OFFLINE) as offline', () => {
    expect(statusFromSpooler('POS-80', { ...epson, attributes: epson.attributes | PRINTER_ATTRIBUTE.WORK_OFFLINE })).toEqual({
      state: 'offline',
      detail: 'Windows printer "POS-80" on ESDPRT001: set to "Use printer offline" in Windows',
    });
  });

  it('reports faults even from a driver that cannot confirm, since a fault is news either way', () => {
    expect(state({ ...generic, status: PRINTER_STATUS.OFFLINE })).toBe('offline');
    expect(state(generic, job(JOB_STATUS.PAPEROUT))).toBe('paper_out');
  });

  it('says "ok" only for a driver that reports status, "unknown" with the reason otherwise', () => {
    expect(statusFromSpooler('POS-80', epson)).toEqual({ state: 'ok', detail: 'Windows printer "POS-80" on ESDPRT001: printer ready' });
    expect(statusFromSpooler('POS-80', generic)).toEqual({
      state: 'unknown',
      detail:
        'Windows printer "POS-80" on USB001: the driver "Generic / Text Only" does not report the printer\'s status (no language monitor, or bidirectional support is off), so a ticket cannot be confirmed',
    });
    expect(state({ ...epson, attributes: 0x40 })).toBe('unknown');
  });

  it('names a job still queued at the end of the watch as a printer that does not answer', () => {
    expect(state(epson, job(0x10, 'waiting'))).toBe('no_reply');
  });

  it("adds the driver's own words for the job", () => {
    expect(statusFromSpooler('POS-80', epson, job(JOB_STATUS.PAPEROUT, 'stalled', ' Kertas habis '))).toEqual({
      state: 'paper_out',
      detail: 'Windows printer "POS-80" on ESDPRT001: paper roll is empty (the driver says "Kertas habis")',
    });
  });
});

describe('driverReportsStatus', () => {
  it('needs both bidirectional support and a language monitor', () => {
    expect(driverReportsStatus(epson)).toBe(true);
    expect(driverReportsStatus(generic)).toBe(false);
    expect(driverReportsStatus({ ...epson, attributes: 0 })).toBe(false);
    expect(driverReportsStatus({ ...epson, monitor: '  ' })).toBe(false);
  });
});
