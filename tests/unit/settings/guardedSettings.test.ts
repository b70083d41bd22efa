import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { windowsPrinterCheck } from '../../../src/main/settings/printerCheck';
import { SettingsService } from '../../../src/main/settings/settingsService';
import { LoketError, type FieldProblem } from '../../../src/shared/api/errors';
import { printerConfigSchema } from '../../../src/shared/config/printer';
import { parseOfficeConfig, type OfficeConfig, type OfficeConfigInput } from '../../../src/shared/config/officeConfig';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig, testConfigInput } from '../../helpers/testConfig';

let h: OfficeHarness;
afterEach(() => h.close());

const BOSS: Caller = { role: 'supervisor', via: 'lan', session: { tokenHash: 'x', staffId: 1, staffName: 'Ibu Kepala', expiresAt: 0 } };
const NONE = printerConfigSchema.parse({});
const windowsPrinter = (printerName: string) => printerConfigSchema.parse({ transport: { type: 'windows', printerName } });
/** A check's problems as the English lines the API sends. */
const lines = (problems: FieldProblem[] | null) => problems?.map((p) => `${p.field}: ${p.text}`);

describe('settings that only the configuration file may change', () => {
  it('refuses a new export folder from Pengaturan and saves nothing', () => {
    h = new OfficeHarness();
    const config = { ...testConfigInput(), sync: { exportFolders: ['/home/kiosk'] } };
    const out = h.fail('settings.update', { config }, BOSS);
    expect(out.status).toBe(400);
    expect(out.error.problems).toEqual(['config.sync.exportFolders: only the configuration file on this PC can change the export folders']);
    expect(existsSync(join(h.dir.path, 'office.json'))).toBe(false);
  });

  it('keeps the folders the file set when the rest of the settings are saved', () => {
    h = new OfficeHarness(testConfig({ sync: { exportFolders: ['/srv/loket-ekspor'] } }));
    const config = { ...testConfigInput({ sync: { exportFolders: ['/srv/loket-ekspor'] } }), language: 'en' } as OfficeConfigInput;
    expect(h.call('settings.update', { config }, BOSS).config.sync).toEqual({ exportFolders: ['/srv/loket-ekspor'] });
  });

  it('checks the folders are absolute paths', () => {
    const result = parseOfficeConfig(testConfigInput({ sync: { exportFolders: ['usb', '\\\\server\\share', 'D:\\Loket'] } }));
    expect(result.ok ? [] : result.problems).toEqual([
      'sync.exportFolders[0]: must be an absolute folder path, e.g. "/srv/loket-ekspor" or "D:\\Loket-ekspor"',
      'sync.exportFolders[1]: must be an absolute folder path, e.g. "/srv/loket-ekspor" or "D:\\Loket-ekspor"',
    ]);
  });
});

describe('a Windows printer chosen in Pengaturan', () => {
  const installed = async () => ['Microsoft Print to PDF', 'EPSON TM-T20II Receipt'];

  it('must be installed on this PC when the office runs on Windows', async () => {
    const check = windowsPrinterCheck('win32', installed);
    expect(await check(NONE, windowsPrinter('epson tm-t20ii receipt'))).toEqual([]);
    expect(lines(await check(NONE, windowsPrinter('\\\\kantor-pusat\\POS')))).toEqual([
      'config.printer.transport.printerName: "\\\\kantor-pusat\\POS" is not a printer installed on this PC (installed: "Microsoft Print to PDF", "EPSON TM-T20II Receipt")',
    ]);
    const failing = windowsPrinterCheck('win32', () => Promise.reject(new Error('the list of installed Windows printers could not be read: exit code 1')));
    expect(lines(await failing(NONE, windowsPrinter('POS-80')))).toEqual([
      'config.printer.transport.printerName: the list of installed Windows printers could not be read: exit code 1',
    ]);
  });

  it('is not looked up elsewhere, nor when the printer setting did not change', () => {
    expect(windowsPrinterCheck('linux', installed)(NONE, windowsPrinter('POS-80'))).toBeNull();
    expect(windowsPrinterCheck('win32', installed)(windowsPrinter('POS-80'), windowsPrinter('POS-80'))).toBeNull();
    expect(windowsPrinterCheck('win32', installed)(windowsPrinter('POS-80'), NONE)).toBeNull();
  });

  it('is refused before anything is saved or applied', async () => {
    h = new OfficeHarness();
    const savePath = join(h.dir.path, 'office.json');
    const applied: OfficeConfig[] = [];
    const settings = new SettingsService(h.store, h.core, savePath, h.clock, (_, after) => applied.push(after), windowsPrinterCheck('win32', installed));
    const config = { ...testConfig(), printer: windowsPrinter('POS-80') };
    const refused = await Promise.resolve(settings.update({ config, confirm: false }, BOSS)).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(LoketError);
    expect((refused as LoketError).problems).toEqual([expect.stringMatching(/^config\.printer\.transport\.printerName: "POS-80" is not a printer installed/)]);
    expect(existsSync(savePath)).toBe(false);
    expect(applied).toEqual([]);

    const accepted = await settings.update({ config: { ...config, printer: windowsPrinter('EPSON TM-T20II Receipt') }, confirm: false }, BOSS);
    expect(accepted.config.printer.transport).toEqual({ type: 'windows', printerName: 'EPSON TM-T20II Receipt' });
    expect(applied).toHaveLength(1);
  });
});
