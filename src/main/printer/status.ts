/** Printer status from DLE EOT replies (real-time status transmission) and GS r 1. */
import type { PrinterState } from '../../shared/domain/printer';

export type { PrinterState };

export interface PrinterStatus {
  state: PrinterState;
  /** What a supervisor reads, e.g. "paper roll near its end". */
  detail: string;
}

/** States in which a ticket is not sent at all. */
export const REFUSING_STATES: readonly PrinterState[] = ['offline', 'cover_open', 'paper_out', 'error', 'no_reply'];

/** Every DLE EOT reply has bits 1 and 4 set and bits 0 and 7 clear. */
export function isStatusReply(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

/** A GS r 1 reply has bits 4 and 7 clear, which also tells it apart from a DLE EOT reply. */
export function isProcessedReply(byte: number): boolean {
  return (byte & 0x90) === 0x00;
}

export interface PrinterFlags {
  offline: boolean;
}

export interface OfflineCauseFlags {
  coverOpen: boolean;
  paperEndStop: boolean;
  error: boolean;
}

export interface ErrorCauseFlags {
  autocutter: boolean;
  unrecoverable: boolean;
  autoRecoverable: boolean;
}

export interface PaperFlags {
  nearEnd: boolean;
  paperEnd: boolean;
}

function checked(byte: number, n: number): number {
  if (!isStatusReply(byte)) {
    throw new Error(`0x${byte.toString(16).padStart(2, '0')} is not a DLE EOT ${n} reply ((b & 0x93) must be 0x12)`);
  }
  return byte;
}

/** DLE EOT 1: bit 3 offline. */
export function parsePrinterStatus(byte: number): PrinterFlags {
  return { offline: (checked(byte, 1) & 0x08) !== 0 };
}

/** DLE EOT 2: bit 2 cover open, bit 5 stopped by paper end, bit 6 error. */
export function parseOfflineCause(byte: number): OfflineCauseFlags {
  const b = checked(byte, 2);
  return { coverOpen: (b & 0x04) !== 0, paperEndStop: (b & 0x20) !== 0, error: (b & 0x40) !== 0 };
}

/** DLE EOT 3: bit 3 autocutter, bit 5 unrecoverable, bit 6 auto-recoverable (head too hot). */
export function parseErrorCause(byte: number): ErrorCauseFlags {
  const b = checked(byte, 3);
  return { autocutter: (b & 0x08) !== 0, unrecoverable: (b & 0x20) !== 0, autoRecoverable: (b & 0x40) !== 0 };
}

/** DLE EOT 4: bits 2+3 near end, bits 5+6 paper end. */
export function parsePaperStatus(byte: number): PaperFlags {
  const b = checked(byte, 4);
  return { nearEnd: (b & 0x0c) !== 0, paperEnd: (b & 0x60) !== 0 };
}

export interface StatusReplies {
  printer: number;
  offlineCause: number;
  paper: number;
  /** Only asked when DLE EOT 2 reports an error. */
  errorCause?: number;
}

function errorDetail(errorCause: number | undefined): string {
  if (errorCause === undefined) return 'printer error';
  const cause = parseErrorCause(errorCause);
  if (cause.autocutter) return 'printer error: autocutter jammed';
  if (cause.autoRecoverable) return 'printer error: print head too hot, it recovers on its own';
  if (cause.unrecoverable) return 'printer error: unrecoverable, switch the printer off and on';
  return 'printer error';
}

/** One status from the DLE EOT 1, 2, 4 (and 3) replies, the most serious condition first. */
export function statusFromReplies(replies: StatusReplies): PrinterStatus {
  const printer = parsePrinterStatus(replies.printer);
  const cause = parseOfflineCause(replies.offlineCause);
  const paper = parsePaperStatus(replies.paper);
  if (cause.coverOpen) return { state: 'cover_open', detail: 'printer cover is open' };
  if (cause.paperEndStop || paper.paperEnd) return { state: 'paper_out', detail: 'paper roll is empty' };
  if (cause.error) return { state: 'error', detail: errorDetail(replies.errorCause) };
  if (printer.offline) return { state: 'offline', detail: 'printer is offline (feeding paper or waiting)' };
  if (paper.nearEnd) return { state: 'near_end', detail: 'paper roll is near its end, replace it soon' };
  return { state: 'ok', detail: 'printer ready' };
}

/** GS r 1 reply bits 0–1 also report the near-end sensor. */
export function processedReplyNearEnd(byte: number): boolean {
  return (byte & 0x03) !== 0;
}
