import { describe, expect, it } from 'vitest';
import {
  isProcessedReply,
  isStatusReply,
  parseErrorCause,
  parseOfflineCause,
  parsePaperStatus,
  parsePrinterStatus,
  processedReplyNearEnd,
  statusFromReplies,
} from '../../../src/main/printer/status';

const READY = 0x12;

describe('DLE EOT reply validation', () => {
  it.each([0x12, 0x16, 0x1a, 0x1e, 0x32, 0x52, 0x72, 0x7e])('accepts 0x%s', (byte) => {
    expect(isStatusReply(byte)).toBe(true);
  });

  it.each([0x00, 0x02, 0x10, 0x13, 0x92, 0xff, 0x03])('rejects 0x%s', (byte) => {
    expect(isStatusReply(byte)).toBe(false);
  });

  it('refuses to parse a byte that is not a status reply', () => {
    expect(() => parsePrinterStatus(0x00)).toThrow(/not a DLE EOT 1 reply/);
    expect(() => parsePaperStatus(0xff)).toThrow(/not a DLE EOT 4 reply/);
  });
});

describe('DLE EOT 1 (printer)', () => {
  it('reads bit 3 as offline', () => {
    expect(parsePrinterStatus(READY)).toEqual({ offline: false });
    expect(parsePrinterStatus(READY | 0x08)).toEqual({ offline: true });
  });
});

describe('DLE EOT 2 (offline cause)', () => {
  it.each([
    [READY, { coverOpen: false, paperEndStop: false, error: false }],
    [READY | 0x04, { coverOpen: true, paperEndStop: false, error: false }],
    [READY | 0x20, { coverOpen: false, paperEndStop: true, error: false }],
    [READY | 0x40, { coverOpen: false, paperEndStop: false, error: true }],
  ])('0x%s', (byte, flags) => {
    expect(parseOfflineCause(byte)).toEqual(flags);
  });
});

describe('DLE EOT 3 (error cause)', () => {
  it.each([
    [READY | 0x08, { autocutter: true, unrecoverable: false, autoRecoverable: false }],
    [READY | 0x20, { autocutter: false, unrecoverable: true, autoRecoverable: false }],
    [READY | 0x40, { autocutter: false, unrecoverable: false, autoRecoverable: true }],
  ])('0x%s', (byte, flags) => {
    expect(parseErrorCause(byte)).toEqual(flags);
  });
});

describe('DLE EOT 4 (paper roll)', () => {
  it.each([
    [READY, { nearEnd: false, paperEnd: false }],
    [READY | 0x04, { nearEnd: true, paperEnd: false }],
    [READY | 0x08, { nearEnd: true, paperEnd: false }],
    [READY | 0x0c, { nearEnd: true, paperEnd: false }],
    [READY | 0x20, { nearEnd: false, paperEnd: true }],
    [READY | 0x40, { nearEnd: false, paperEnd: true }],
    [READY | 0x6c, { nearEnd: true, paperEnd: true }],
  ])('0x%s', (byte, flags) => {
    expect(parsePaperStatus(byte)).toEqual(flags);
  });
});

describe('statusFromReplies', () => {
  const replies = (printer: number, offlineCause: number, paper: number, errorCause?: number) =>
    statusFromReplies({ printer, offlineCause, paper, errorCause });

  it.each([
    [replies(READY, READY, READY), 'ok'],
    [replies(READY, READY, READY | 0x0c), 'near_end'],
    [replies(READY | 0x08, READY | 0x20, READY | 0x6c), 'paper_out'],
    [replies(READY, READY, READY | 0x60), 'paper_out'],
    [replies(READY | 0x08, READY | 0x04, READY), 'cover_open'],
    [replies(READY | 0x08, READY | 0x04 | 0x20, READY | 0x60), 'cover_open'],
    [replies(READY | 0x08, READY | 0x40, READY, READY | 0x08), 'error'],
    [replies(READY | 0x08, READY, READY), 'offline'],
  ])('%j → %s', (status, state) => {
    expect(status.state).toBe(state);
    expect(status.detail).not.toBe('');
  });

  it('names the error cause', () => {
    expect(replies(READY | 0x08, READY | 0x40, READY, READY | 0x08).detail).toMatch(/autocutter/);
    expect(replies(READY | 0x08, READY | 0x40, READY, READY | 0x40).detail).toMatch(/too hot/);
    expect(replies(READY | 0x08, READY | 0x40, READY, READY | 0x20).detail).toMatch(/unrecoverable/);
  });
});

describe('GS r 1 reply', () => {
  it('is told apart from DLE EOT replies and reports near end', () => {
    expect(isProcessedReply(0x00)).toBe(true);
    expect(isProcessedReply(0x03)).toBe(true);
    expect(isProcessedReply(0x12)).toBe(false);
    expect(processedReplyNearEnd(0x03)).toBe(true);
    expect(processedReplyNearEnd(0x00)).toBe(false);
  });
});
