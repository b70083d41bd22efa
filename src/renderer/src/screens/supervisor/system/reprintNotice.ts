import type { MethodOutput } from '../../../../../shared/api/contract';
import { translate, type Language } from '../../../../../shared/i18n';
import { printOutcomeName, printerStateName } from '../monitor/printerStateName';
import type { PanelNotice } from '../usePanelRequest';

/**
 * What a reprint did, in the tone of what happened to the paper: green only when the printer confirmed
 * it, a plain note when it could not tell, an error naming the printer's state when nothing came out.
 */
export function reprintNotice(lang: Language, result: MethodOutput<'tickets.reprint'>): PanelNotice {
  const { ticket, print } = result;
  if (print.outcome === 'printed') {
    const text = translate(lang, 'supervisor.printer.reprinted', { label: ticket.label, outcome: printOutcomeName(lang, print) });
    return { tone: print.confirmed ? 'success' : 'info', text };
  }
  return {
    tone: 'error',
    text: translate(lang, 'supervisor.printer.reprintFailed', {
      label: ticket.label,
      outcome: printOutcomeName(lang, print),
      state: printerStateName(lang, print.printer.state),
    }),
  };
}
