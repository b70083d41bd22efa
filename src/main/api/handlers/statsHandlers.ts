import type { statsMethods } from '../../../shared/api/methods/stats';
import type { Clock } from '../../core/clock';
import type { OfficeCore } from '../../core/officeCore';
import type { TicketPrinting } from '../../printing/ticketPrinting';
import { liveMonitor } from '../../stats/liveMonitor';
import type { StatsService } from '../../stats/statsService';
import type { SyncClient } from '../../sync/syncClient';
import { monitorFor } from '../agencyViews';
import type { HandlersFor } from '../handlerTypes';

export function statsHandlers(
  stats: StatsService,
  core: OfficeCore,
  printing: TicketPrinting,
  citySync: SyncClient,
  clock: Clock,
): HandlersFor<typeof statsMethods> {
  return {
    'stats.view': (i, c) => stats.view(i, c.agency),
    'monitor.live': (_input, caller) => monitorFor(caller, liveMonitor(core, core.officeConfig, printing.status, citySync.status(), clock), core.officeConfig),
  };
}
