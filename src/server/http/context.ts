import type { Database } from '../db/database';
import type { ServerMetrics } from '../observability/metrics';

/** What every route needs: the database, the clock, the city's time zone for dates, and the metrics. */
export interface ServerContext {
  db: Database;
  now: () => number;
  timeZone: string;
  /** Mark the admin cookie Secure (the server sits behind HTTPS). */
  secureCookies: boolean;
  metrics: ServerMetrics;
  /** LOKET_METRICS_TOKEN: lets a scraper elsewhere read /metrics; without it only this machine may. */
  metricsToken: string | undefined;
}
