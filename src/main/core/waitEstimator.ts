import type { ServiceConfig } from '../../shared/config/officeConfig';
import type { Store } from '../store/store';
import type { OfficeSetup } from './officeSetup';
import { estimateWaitMinutes } from './waitEstimate';

/** How far back finished services count towards the median service time of the wait estimate. */
const ESTIMATE_WINDOW_MS = 14 * 24 * 3600_000;
const ESTIMATE_SAMPLE = 20;

/** The wait a visitor is told: the queue ahead, recent service times and the counters open now. */
export class WaitEstimator {
  constructor(
    private readonly store: Store,
    private readonly setup: OfficeSetup,
  ) {}

  minutes(service: ServiceConfig, aheadCount: number, now: number): number | null {
    return estimateWaitMinutes({
      aheadCount,
      recentDurationsMs: this.store.tickets.recentServiceDurations(service.code, now - ESTIMATE_WINDOW_MS, ESTIMATE_SAMPLE),
      defaultServiceMinutes: service.defaultServiceMinutes,
      openCounters: this.openCountersFor(service.code),
    });
  }

  private openCountersFor(serviceCode: string): number {
    return this.store.counters.all().filter((c) => c.state === 'open' && this.setup.findCounter(c.number)?.services.includes(serviceCode)).length;
  }
}
