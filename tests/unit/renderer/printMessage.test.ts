import { describe, expect, it } from 'vitest';
import type { PrintReport } from '../../../src/shared/api/schemas';
import { confirmationSeconds, printMessage } from '../../../src/renderer/src/screens/kiosk/printMessage';

const report = (patch: Partial<PrintReport>): PrintReport => ({
  outcome: 'printed',
  confirmed: true,
  voided: false,
  printer: { state: 'ok', detail: 'printer ready' },
  ...patch,
});

describe('printMessage (what the kiosk confirmation says about the paper)', () => {
  it('says "take your ticket" only when the printer confirmed it', () => {
    expect(printMessage(report({}))).toBe('take');
  });

  it('asks to remember the number in case none came out when the ticket was sent but not confirmed', () => {
    const unconfirmed = report({ confirmed: false, printer: { state: 'unknown', detail: 'the driver does not report status' } });
    expect(printMessage(unconfirmed)).toBe('rememberIfMissing');
  });

  it('tells the other outcomes apart, a voided number before anything else', () => {
    expect(printMessage(report({ outcome: 'none', confirmed: false }))).toBe('none');
    expect(printMessage(report({ outcome: 'failed', confirmed: false }))).toBe('failed');
    expect(printMessage(report({ outcome: 'not_printed', confirmed: false }))).toBe('failed');
    expect(printMessage(report({ outcome: 'not_printed', confirmed: false, voided: true }))).toBe('voided');
  });
});

describe('confirmationSeconds', () => {
  it('keeps the number up twice as long for a visitor who may have no paper', () => {
    expect(confirmationSeconds(10, 'take')).toBe(10);
    expect(confirmationSeconds(10, 'none')).toBe(10);
    expect(confirmationSeconds(10, 'rememberIfMissing')).toBe(20);
    expect(confirmationSeconds(10, 'failed')).toBe(20);
    expect(confirmationSeconds(10, 'voided')).toBe(20);
  });
});
