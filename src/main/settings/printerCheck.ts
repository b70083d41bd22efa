import type { FieldProblem } from '../../shared/api/errors';
import type { PrinterConfig } from '../../shared/config/printer';
import { errorMessage } from '../printer/transport/transport';
import { listInstalledPrinters } from '../printer/transport/windows';
import { installedPrinterProblem } from '../printer/transport/windows-printers';

/** Problems with a new printer setting that only this PC can judge, or null when there is nothing to ask. */
export type PrinterSaveCheck = (before: PrinterConfig, after: PrinterConfig) => Promise<FieldProblem[]> | null;

const FIELD = 'config.printer.transport.printerName';

/**
 * On Windows, a newly chosen spooler printer must be one installed on this PC: the schema can only judge
 * the name's form. Elsewhere (and when the printer setting did not change) nothing is asked.
 */
export function windowsPrinterCheck(
  platform: NodeJS.Platform = process.platform,
  installed: () => Promise<string[]> = () => listInstalledPrinters(),
): PrinterSaveCheck {
  return (before, after) => {
    const transport = after.transport;
    if (platform !== 'win32' || transport.type !== 'windows' || JSON.stringify(before.transport) === JSON.stringify(transport)) return null;
    const name = transport.printerName;
    return installed().then(
      (names): FieldProblem[] => {
        const text = installedPrinterProblem(name, names);
        if (text === null) return [];
        return names.length === 0
          ? [{ field: FIELD, rule: 'noPrinterInstalled', params: { name }, text }]
          : [{ field: FIELD, rule: 'printerNotInstalled', params: { name, installed: names.map((n) => `"${n}"`).join(', ') }, text }];
      },
      (error: unknown) => [{ field: FIELD, rule: 'printerListFailed', params: { detail: errorMessage(error) }, text: errorMessage(error) }],
    );
  };
}
