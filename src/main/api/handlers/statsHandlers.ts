import type { statsMethods } from '../../../shared/api/methods/stats';
import type { Clock } from '../../core/clock';
import type { OfficeCore } from '../../core/officeCore';
import type { TicketPrinting } from '../../printing/ticketPrinting';
import { liveMonitor } from '../../stats/liveMonitor';
import type { StatsService } from '../../stats/statsService';
import type { SyncClient } from '../../sync/syncClient';
import type { HandlersFor } from '../handlerTypes';

export function statsHandlers(
  stats: StatsService,
  core: OfficeCore,
  printing: TicketPrinting,
  citySync: SyncClient,
  clock: Clock,
): HandlersFor<typeof statsMethods> {
  return {
    'stats.view': (i) => stats.view(i),
    'monitor.live': () => liveMonitor(core, core.officeConfig, printing.status, citySync.status(), clock),
  };
}
