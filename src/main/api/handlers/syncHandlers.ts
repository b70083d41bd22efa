import type { syncMethods } from '../../../shared/api/methods/sync';
import type { SyncClient } from '../../sync/syncClient';
import type { HandlersFor } from '../dispatcher';

export function syncHandlers(sync: SyncClient): HandlersFor<typeof syncMethods> {
  return {
    'sync.status': () => sync.status(),
    'sync.enrol': (i) => sync.enrol(i),
    'sync.pushNow': () => sync.pushNow(),
    'sync.resendSetAside': (_i, caller) => sync.resendSetAside(caller.session?.staffName ?? 'supervisor'),
    'sync.exportFile': (i) => sync.exportFileChecked(i.directory),
  };
}
