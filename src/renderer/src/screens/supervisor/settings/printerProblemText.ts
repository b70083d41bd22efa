import { PRINTER_PROBLEMS, type PrinterProblem } from '../../../../../shared/config/printerProblems';
import { translate, type Language } from '../../../../../shared/i18n';

/**
 * The office words printer problems in English (the schema's sentences, shared/config/printerProblems);
 * each known one is shown in the supervisor's language, anything else as sent.
 */
const KEY_OF = new Map(Object.entries(PRINTER_PROBLEMS).map(([key, text]) => [text as string, key as PrinterProblem]));
const NOT_INSTALLED = /^"(.*)" is not a printer installed on this PC \((?:installed: (.*)|no printer is installed)\)$/s;

export function printerProblemText(lang: Language, message: string): string {
  const key = KEY_OF.get(message);
  if (key) return translate(lang, `supervisor.settings.problem.${key}`);
  const m = NOT_INSTALLED.exec(message);
  if (!m) return message;
  const name = m[1] ?? '';
  return m[2] === undefined
    ? translate(lang, 'supervisor.settings.problem.noPrinterInstalled', { name })
    : translate(lang, 'supervisor.settings.problem.printerNotInstalled', { name, installed: m[2] });
}
