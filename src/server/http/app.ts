import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { SERVER_TIME_HEADER } from '../../shared/sync/protocol';
import { SyncError } from '../services/syncError';
import { DatabaseUnavailableError } from '../db/database';
import { loggerOptions, type LoggerSettings } from '../observability/logger';
import { registerRequestLog } from '../observability/requestLog';
import { registerAdminRoutes } from './adminRoutes';
import { registerBookingRoutes } from './bookingRoutes';
import type { ServerContext } from './context';
import { registerHealthRoutes } from './healthRoutes';
import { registerHostCheck } from './hostCheck';
import { registerLiveRoutes } from './liveRoutes';
import { registerPublicRoutes } from './publicRoutes';
import { registerSyncRoutes } from './syncRoutes';
import { registerUpdateRoutes, updatesDir } from './updateRoutes';

const CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Seconds a kiosk waits after a 503 before retrying (it adds its own jitter). */
const UNAVAILABLE_RETRY_S = 5;

function toSyncError(err: { statusCode?: number; code?: string; message: string }): SyncError | null {
  if (err instanceof SyncError) return err;
  if (err instanceof DatabaseUnavailableError) {
    return new SyncError('unavailable', `The city server is busy or its database is unreachable (${err.message}); try again later.`, 'Server kota sedang sibuk; coba lagi nanti.', {
      retryAfterSeconds: UNAVAILABLE_RETRY_S,
    });
  }
  if (err.statusCode === 413) {
    return new SyncError('payload_too_large', `The request is too large: ${err.message}`, 'Kiriman terlalu besar.');
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return new SyncError('bad_request', `The request could not be read: ${err.message}`, 'Permintaan tidak dapat dibaca.');
  }
  return null;
}

export interface HttpOptions {
  logger: LoggerSettings;
  /**
   * Proxies in front (LOKET_TRUST_PROXY): the client address is the one the nearest of them saw, counted
   * from the right of X-Forwarded-For; the entries a client wrote itself further left are never believed.
   */
  trustedProxies: number;
  /** Names besides addresses and localhost that the Host header may carry (hostCheck.ts). */
  hostNames: readonly string[];
}

/** The city server's HTTP app: sync API, admin pages, dashboard, public page, health and metrics. */
export async function buildServerApp(ctx: ServerContext, options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: 64 * 1024,
    logger: loggerOptions(options.logger),
    // requestLog.ts writes one line per request instead of Fastify's two (and its 404 and error lines).
    logController: new LogController({ disableRequestLogging: true }),
    // Hop 0 is the socket's peer: with n proxies, the addresses at hops 0…n-1 are proxies, hop n the client.
    trustProxy: options.trustedProxies > 0 ? (_address: string, hop: number) => hop < options.trustedProxies : false,
  });
  registerRequestLog(app);
  registerHostCheck(app, options.hostNames);
  app.addHook('onClose', async () => ctx.metrics.close());

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    // The city's own clock (its injected one in tests), finer than the Date header's seconds.
    reply.header(SERVER_TIME_HEADER, String(ctx.now()));
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('content-security-policy', CSP);
    return payload;
  });

  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, req, reply) => {
    const route = req.routeOptions.url ?? 'unknown';
    const known = toSyncError(err);
    if (!known) req.log.error({ err }, 'unexpected failure');
    const e = known ?? new SyncError('internal', 'Unexpected error on the city server; nothing was stored.', 'Kesalahan tak terduga di server kota; tidak ada yang disimpan.');
    if (e.code === 'unavailable') ctx.metrics.overloaded(route);
    ctx.metrics.refused(route, e.code, req.body);
    if (e.details.retryAfterSeconds !== undefined) reply.header('retry-after', String(e.details.retryAfterSeconds));
    return reply.code(e.status).send(e.toBody());
  });

  registerHealthRoutes(app, ctx);
  registerSyncRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerPublicRoutes(app, ctx);
  registerBookingRoutes(app, ctx);
  registerLiveRoutes(app, ctx);
  await registerUpdateRoutes(app, updatesDir(process.env));
  return app;
}
