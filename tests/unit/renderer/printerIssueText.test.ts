import { describe, expect, it } from 'vitest';
import { PRINTER_PROBLEMS, type PrinterProblem } from '../../../src/shared/config/printerProblems';
import { printerConfigSchema } from '../../../src/shared/config/printer';
import { issueText } from '../../../src/shared/i18n';
import { issuesOf } from '../../../src/shared/validation/describeIssues';

/** The first issue of a refused printer setting, as the API sends it. */
const refusal = (printer: unknown) => {
  const result = printerConfigSchema.safeParse(printer);
  if (result.success) throw new Error('the setting was accepted');
  const issue = issuesOf(result.error)[0];
  if (!issue) throw new Error('no issue');
  return issue;
};

describe("printer problems in the supervisor's language", () => {
  it('shows every rule of the printer schema in Bahasa Indonesia', () => {
    for (const [rule, text] of Object.entries(PRINTER_PROBLEMS) as [PrinterProblem, string][]) {
      const shown = issueText('id', { field: 'printer.transport', rule });
      expect(shown).not.toBe(text);
      expect(shown).not.toMatch(/^supervisor\./);
    }
    expect(issueText('id', refusal({ transport: { type: 'device', path: '/home/kiosk/.bashrc' } }))).toBe(
      'Harus perangkat printer atau port serial: /dev/usb/lp0 (printer USB), /dev/ttyUSB0 atau /dev/ttyACM0 (serial lewat USB), /dev/ttyS0 (port serial).',
    );
    expect(issueText('id', refusal({ transport: { type: 'tcp', host: '8.8.8.8' } }))).toMatch(/^Alamat ini bukan di jaringan kantor\./);
    expect(issueText('en', refusal({ transport: { type: 'tcp', host: 'http://printer' } }))).toBe('Write an IP address such as "192.168.1.50" or a host name such as "printer-loket.lan".');
  });

  it('retells the Windows printer check with the names, and words any other rule from its params', () => {
    const field = 'config.printer.transport.printerName';
    expect(issueText('id', { field, rule: 'printerNotInstalled', params: { name: 'POS-80', installed: '"Fax", "EPSON"' } })).toBe(
      '"POS-80" bukan printer yang terpasang di PC ini. Printer yang terpasang: "Fax", "EPSON".',
    );
    expect(issueText('id', { field, rule: 'noPrinterInstalled', params: { name: 'POS-80' } })).toBe(
      '"POS-80" bukan printer yang terpasang di PC ini; belum ada printer yang terpasang.',
    );
    expect(issueText('id', refusal({ profile: 'pos-99' }))).toMatch(/^Harus salah satu dari: epson-tm-t20, .*pos-58/);
  });
});
