import type { PrintReport } from '../../../../../shared/api/schemas';
import type { PrinterState } from '../../../../../shared/domain/printer';
import { translate, type Language } from '../../../../../shared/i18n';

/** The printer's state for staff: every state named (the kiosk's visitor wording folds several together). */
export function printerStateName(lang: Language, state: PrinterState): string {
  return translate(lang, `supervisor.printer.state.${state}`);
}

export function printerIsHealthy(state: PrinterState): boolean {
  return state === 'ok';
}

/** What happened to a reprint's paper; "printed" only when the printer confirmed it. */
export function printOutcomeName(lang: Language, print: PrintReport): string {
  if (print.outcome === 'printed' && !print.confirmed) return translate(lang, 'supervisor.print.outcome.unconfirmed');
  return translate(lang, `supervisor.print.outcome.${print.outcome}`);
}
