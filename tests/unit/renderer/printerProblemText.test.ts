import { describe, expect, it } from 'vitest';
import { printerProblemText } from '../../../src/renderer/src/screens/supervisor/settings/printerProblemText';
import { PRINTER_PROBLEMS } from '../../../src/shared/config/printerProblems';
import { printerConfigSchema } from '../../../src/shared/config/printer';

const refusal = (transport: unknown) => {
  const result = printerConfigSchema.safeParse({ transport });
  return result.success ? '' : (result.error.issues[0]?.message ?? '');
};

describe('printer problems in the supervisor\'s language', () => {
  it('shows every sentence of the printer schema in Bahasa Indonesia', () => {
    for (const text of Object.values(PRINTER_PROBLEMS)) {
      const shown = printerProblemText('id', text);
      expect(shown).not.toBe(text);
      expect(shown).not.toMatch(/^supervisor\./);
    }
    expect(printerProblemText('id', refusal({ type: 'device', path: '/home/kiosk/.bashrc' }))).toBe(
      'Harus perangkat printer atau port serial: /dev/usb/lp0 (printer USB), /dev/ttyUSB0 atau /dev/ttyACM0 (serial lewat USB), /dev/ttyS0 (port serial).',
    );
    expect(printerProblemText('id', refusal({ type: 'tcp', host: '8.8.8.8' }))).toMatch(/^Alamat ini bukan di jaringan kantor\./);
    expect(printerProblemText('en', refusal({ type: 'tcp', host: 'http://printer' }))).toBe('Write an IP address such as "192.168.1.50" or a host name such as "printer-loket.lan".');
  });

  it('retells the Windows printer check with the names, and leaves other sentences as sent', () => {
    expect(printerProblemText('id', '"POS-80" is not a printer installed on this PC (installed: "Fax", "EPSON")')).toBe(
      '"POS-80" bukan printer yang terpasang di PC ini. Printer yang terpasang: "Fax", "EPSON".',
    );
    expect(printerProblemText('id', '"POS-80" is not a printer installed on this PC (no printer is installed)')).toBe(
      '"POS-80" bukan printer yang terpasang di PC ini; belum ada printer yang terpasang.',
    );
    expect(printerProblemText('id', 'must be one of: pos-80, pos-58')).toBe('must be one of: pos-80, pos-58');
  });
});
