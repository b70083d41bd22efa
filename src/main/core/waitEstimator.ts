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
    return this.forService(service, now)(aheadCount);
  }

  /** The estimate for any place in one service's queue, reading its history once (every phone of a queue at once). */
  forService(service: ServiceConfig, now: number): (aheadCount: number) => number | null {
    const recentDurationsMs = this.store.tickets.recentServiceDurations(service.code, now - ESTIMATE_WINDOW_MS, ESTIMATE_SAMPLE);
    const openCounters = this.openCountersFor(service.code);
    return (aheadCount) => estimateWaitMinutes({ aheadCount, recentDurationsMs, defaultServiceMinutes: service.defaultServiceMinutes, openCounters });
  }

  private openCountersFor(serviceCode: string): number {
    return this.store.counters.all().filter((c) => c.state === 'open' && this.setup.findCounter(c.number)?.services.includes(serviceCode)).length;
  }
}
