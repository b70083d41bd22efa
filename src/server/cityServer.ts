import type { FastifyInstance } from 'fastify';
import { ensureFirstAdmin } from './auth/adminAuth';
import type { Database } from './db/database';
import { buildServerApp } from './http/app';
import type { LoggerSettings } from './observability/logger';
import { createServerMetrics } from './observability/metrics';
import { poolProbeOf } from './observability/poolProbe';

export interface CityServerOptions {
  db: Database;
  host: string;
  port: number;
  timeZone: string;
  secureCookies?: boolean;
  adminPassword?: string | undefined;
  now?: () => number;
  /** JSON lines at `level` (default info) to `stream` (default stdout); no option: silent (tests, bench). */
  logger?: LoggerSettings;
  /** LOKET_METRICS_TOKEN; without it /metrics answers only on this machine. */
  metricsToken?: string | undefined;
  /** LOKET_TRUST_PROXY: reverse proxies in front of this instance (default 0). */
  trustedProxies?: number;
  /** LOKET_SERVER_HOSTS: the names it answers to besides addresses and localhost (default none). */
  hostNames?: readonly string[];
}

export interface CityServer {
  url: string;
  app: FastifyInstance;
  /** The first admin's generated password, when this start created it without LOKET_ADMIN_PASSWORD. */
  firstAdmin: { username: string; generatedPassword: string | null } | null;
  close(): Promise<void>;
}

/** Creates the first admin if needed and serves the app on an already migrated database. */
export async function startCityServer(options: CityServerOptions): Promise<CityServer> {
  const firstAdmin = await ensureFirstAdmin(options.db, options.adminPassword);
  const app = await buildServerApp(
    {
      db: options.db,
      now: options.now ?? Date.now,
      timeZone: options.timeZone,
      secureCookies: options.secureCookies ?? false,
      metrics: createServerMetrics(options.db),
      metricsToken: options.metricsToken,
    },
    { logger: options.logger ?? { level: 'silent' }, trustedProxies: options.trustedProxies ?? 0, hostNames: options.hostNames ?? [] },
  );
  const stopObserving = poolProbeOf(options.db)?.observe({
    idleClientFailed: (err) => app.log.warn({ err: err.message }, 'an idle PostgreSQL connection failed; the next query reconnects'),
  });
  app.addHook('onClose', async () => stopObserving?.());
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    app,
    firstAdmin,
    close: () => app.close(),
  };
}
