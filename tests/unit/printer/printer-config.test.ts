import { describe, expect, it } from 'vitest';
import { printerConfigSchema } from '../../../src/shared/config/printer';
import { PRINTER_PROBLEMS } from '../../../src/shared/config/printerProblems';

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

  it('takes only printer devices as a device path', () => {
    for (const path of ['/dev/usb/lp0', '/dev/usb/lp12', '/dev/ttyUSB0', '/dev/ttyACM1', '/dev/ttyS0']) {
      expect(messages({ transport: { type: 'device', path } })).toEqual([]);
    }
    for (const path of ['/home/kiosk/.bashrc', '/etc/profile.d/x.sh', '/dev/null', '/dev/sda', '/dev/usb/lp0/../../../etc/passwd', '/dev/usb/lp', 'dev/usb/lp0', '/dev/ttyUSB0x', '/dev/pts/3', 'COM3']) {
      expect(messages({ transport: { type: 'device', path } })).toEqual([`transport.path: ${PRINTER_PROBLEMS.devicePath}`]);
    }
    expect(messages({ transport: { type: 'device', path: ' ' } })).toEqual([`transport.path: ${PRINTER_PROBLEMS.devicePathEmpty}`]);
  });

  it('takes a network printer only on the office LAN or this PC', () => {
    for (const host of ['192.168.1.50', '10.0.0.7', '172.16.0.1', '172.31.255.254', '169.254.10.20', '127.0.0.1', '::1', 'fe80::1', 'fe80::1%eth0', 'fd12:3456::9', 'printer-loket1.lan', 'localhost', 'pos80.local.']) {
      expect(messages({ transport: { type: 'tcp', host, port: 9100 } })).toEqual([]);
    }
    for (const host of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '100.64.0.1', '0.0.0.0', '2001:4860:4860::8888', '::ffff:8.8.8.8', '::']) {
      expect(messages({ transport: { type: 'tcp', host, port: 9100 } })).toEqual([`transport.host: ${PRINTER_PROBLEMS.hostOutsideOffice}`]);
    }
    for (const host of ['http://192.168.1.50', '192.168.1.50:9100', 'printer loket', '10.1', '2130706433', '010.0.0.1', 'a_b.lan']) {
      expect(messages({ transport: { type: 'tcp', host, port: 9100 } })).toEqual([`transport.host: ${PRINTER_PROBLEMS.host}`]);
    }
    expect(messages({ transport: { type: 'tcp', host: '' } })).toEqual([`transport.host: ${PRINTER_PROBLEMS.hostEmpty}`]);
    expect(messages({ transport: { type: 'tcp', host: '192.168.1.50', port: null } })).toEqual([`transport.port: ${PRINTER_PROBLEMS.port}`]);
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
