import type { syncMethods } from '../../../shared/api/methods/sync';
import type { ServiceDayMoved } from '../../core/serviceDayMove';
import type { SyncClient } from '../../sync/syncClient';
import type { HandlersFor } from '../handlerTypes';

export function syncHandlers(sync: SyncClient, moveDay: (input: { from: string; to: string }, actor: string) => ServiceDayMoved): HandlersFor<typeof syncMethods> {
  const actor = (caller: { session?: { staffName: string } | null }) => caller.session?.staffName ?? 'supervisor';
  return {
    'sync.status': () => sync.status(),
    'sync.enrol': (i) => sync.enrol(i),
    'sync.pushNow': () => sync.pushNow(),
    'sync.resendSetAside': (_i, caller) => sync.resendSetAside(actor(caller)),
    'sync.confirmDates': (i, caller) => sync.confirmDates(i, actor(caller)),
    'serviceDay.move': (i, caller) => {
      const moved = moveDay(i, actor(caller));
      sync.pushSoon();
      return moved;
    },
    'sync.exportFile': (i) => sync.exportFileChecked(i.directory),
  };
}
