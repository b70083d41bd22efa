import type { PrintReport } from '../../../../../shared/api/schemas';
import type { PrinterState } from '../../../../../shared/domain/printer';
import { translate, type Language } from '../../../../../shared/i18n';

/** The printer's state for staff: every state named (the kiosk's visitor wording folds several together). */
export function printerStateName(lang: Language, state: PrinterState): string {
  return translate(lang, `supervisor.printer.state.${state}`);
}

/**
 * The colour of the printer fact: green when it works, red for a fault; neither when there is no printer
 * (a kiosk may run without one) or its state is not known yet (a printer that cannot report).
 */
export function printerFactClass(state: PrinterState, noPrinter: boolean): string | undefined {
  if (noPrinter || state === 'unknown') return undefined;
  return state === 'ok' ? 'fact--ok' : 'fact--over';
}

/** What happened to a reprint's paper; "printed" only when the printer confirmed it. */
export function printOutcomeName(lang: Language, print: PrintReport): string {
  if (print.outcome === 'printed' && !print.confirmed) return translate(lang, 'supervisor.print.outcome.unconfirmed');
  return translate(lang, `supervisor.print.outcome.${print.outcome}`);
}
