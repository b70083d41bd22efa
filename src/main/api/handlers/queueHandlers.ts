import type { queueMethods } from '../../../shared/api/methods/queue';
import type { Actor } from '../../core/actor';
import type { OfficeCore } from '../../core/officeCore';
import type { TicketPrinting } from '../../printing/ticketPrinting';
import type { Caller } from '../../auth/caller';
import type { HandlersFor } from '../handlerTypes';
import { snapshotOfServices } from '../../../shared/config/displayZones';
import { servicesSeenBy } from '../agencyViews';

export const actorOf = (caller: Caller): Actor => ({ staffId: caller.session?.staffId ?? null });

export function queueHandlers(core: OfficeCore, printing: TicketPrinting): HandlersFor<typeof queueMethods> {
  return {
    'office.overview': () => core.overview(),
    'tickets.issue': (i) => printing.issue(i),
    'tickets.get': (i) => core.getTicket(i),
    'tickets.cancel': (i, c) => core.cancel(i, actorOf(c)),
    // A zone display reads its zone's queue and calls only, an agency's supervisor its agency's (docs/agencies.md).
    'queue.snapshot': (_i, c) => snapshotOfServices(core.snapshot(), servicesSeenBy(c, core.officeConfig)),
    'calls.recent': (i, c) => core.recentCalls(i, servicesSeenBy(c, core.officeConfig)),
    'counters.callNext': (i, c) => core.callNext(i, actorOf(c)),
    'counters.callTicket': (i, c) => core.callTicket(i, actorOf(c)),
    'counters.recall': (i, c) => core.recall(i, actorOf(c)),
    'tickets.start': (i, c) => core.start(i, actorOf(c)),
    'tickets.finish': (i, c) => core.finish(i, actorOf(c)),
    'tickets.noShow': (i, c) => core.noShow(i, actorOf(c)),
    'tickets.hold': (i, c) => core.hold(i, actorOf(c)),
    'tickets.resume': (i, c) => core.resume(i, actorOf(c)),
    'tickets.transfer': (i, c) => core.transfer(i, actorOf(c)),
    'counters.open': (i, c) => core.openCounter(i, actorOf(c)),
    'counters.pause': (i, c) => core.pauseCounter(i, actorOf(c)),
    'counters.close': (i, c) => core.closeCounter(i, actorOf(c)),
  };
}
