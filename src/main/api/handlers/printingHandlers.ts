import type { printingMethods } from '../../../shared/api/methods/printing';
import type { OfficeCore } from '../../core/officeCore';
import type { TicketPrinting } from '../../printing/ticketPrinting';
import type { HandlersFor } from '../handlerTypes';

export function printingHandlers(printing: TicketPrinting, core: OfficeCore): HandlersFor<typeof printingMethods> {
  return {
    'printer.status': () => printing.status,
    'printer.check': () => printing.checkStatus(),
    'tickets.findToday': (i) => core.findTodayTicket(i),
    'tickets.reprint': (i) => printing.reprint(i.ticketId),
    'tickets.reprintLast': () => printing.reprintLast(),
  };
}
