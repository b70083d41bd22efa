import { describe, expect, it } from 'vitest';
import { printerConfigSchema } from '../../../src/shared/config/printer';

const messages = (input: unknown) => {
  const result = printerConfigSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('printerConfigSchema', () => {
  it('fills every default', () => {
    expect(printerConfigSchema.parse({})).toEqual({
      transport: { type: 'none' },
      profile: 'pos-80',
      footerLines: [],
      statusPollIntervalMs: 5000,
      timeouts: { connectMs: 2000, writeMs: 5000, statusMs: 500, processedMs: 8000 },
      onPrintFailure: 'keepInQueue',
    });
  });

  it('defaults the TCP port to 9100 and the device to /dev/usb/lp0', () => {
    expect(printerConfigSchema.parse({ transport: { type: 'tcp', host: '192.168.1.50' } }).transport).toEqual({
      type: 'tcp',
      host: '192.168.1.50',
      port: 9100,
    });
    expect(printerConfigSchema.parse({ transport: { type: 'device' } }).transport).toEqual({
      type: 'device',
      path: '/dev/usb/lp0',
    });
  });

  it('explains what is wrong', () => {
    expect(messages({ transport: { type: 'usb' } })).toEqual([
      'transport.type: transport.type must be "tcp", "device", "windows" or "none"',
    ]);
    expect(messages({ transport: { type: 'windows', printerName: ' ' } })[0]).toMatch(/Windows printer name is empty/);
    expect(messages({ transport: { type: 'tcp', host: 'x', port: 70000 } })[0]).toMatch(/TCP port/);
    expect(messages({ profile: 'tm-u220' })[0]).toMatch(/must be one of: epson-tm-t20/);
    expect(messages({ paperWidthMm: 76 })).toEqual(['paperWidthMm: must be 58 or 80']);
    expect(messages({ statusPollIntervalMs: 200 })[0]).toMatch(/0 \(off\) or at least 1000 ms/);
    expect(messages({ timeouts: { statusMs: 10 } })[0]).toMatch(/timeouts.statusMs: must be at least 50 ms/);
    expect(messages({ onPrintFailure: 'retry' })[0]).toMatch(/"keepInQueue" or "void"/);
    expect(messages({ footerLines: ['a', 'b', 'c', 'd', 'e'] })[0]).toMatch(/at most 4 footer lines/);
    expect(messages({ extra: true })).toHaveLength(1);
  });
});
