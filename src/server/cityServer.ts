import type { FastifyInstance } from 'fastify';
import { ensureFirstAdmin } from './auth/adminAuth';
import type { Database } from './db/database';
import { buildServerApp } from './http/app';

export interface CityServerOptions {
  db: Database;
  host: string;
  port: number;
  timeZone: string;
  secureCookies?: boolean;
  adminPassword?: string | undefined;
  now?: () => number;
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
  const app = await buildServerApp({
    db: options.db,
    now: options.now ?? Date.now,
    timeZone: options.timeZone,
    secureCookies: options.secureCookies ?? false,
  });
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    app,
    firstAdmin,
    close: () => app.close(),
  };
}
