import type { PrinterConfig } from '../../shared/config/printer';
import { errorMessage } from '../printer/transport/transport';
import { listInstalledPrinters } from '../printer/transport/windows';
import { installedPrinterProblem } from '../printer/transport/windows-printers';

/** Problems with a new printer setting that only this PC can judge (field-named lines), or null when there is nothing to ask. */
export type PrinterSaveCheck = (before: PrinterConfig, after: PrinterConfig) => Promise<string[]> | null;

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
    const field = 'config.printer.transport.printerName';
    return installed().then(
      (names) => {
        const problem = installedPrinterProblem(transport.printerName, names);
        return problem === null ? [] : [`${field}: ${problem}`];
      },
      (error: unknown) => [`${field}: ${errorMessage(error)}`],
    );
  };
}
