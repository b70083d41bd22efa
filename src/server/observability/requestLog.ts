import type { FastifyInstance } from 'fastify';

/** Probes and scrapes arrive every few seconds from every balancer: not worth a line at info. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One line per request, written when the answer is sent: method, route (the pattern, so ids in paths
 * do not make every line unique), path, status, duration and the caller's address. Sync routes add
 * the kiosk id to the request's logger once the kiosk is known. No headers, body or query string.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? null;
    const line = {
      method: req.method,
      route,
      path: req.url.split('?')[0],
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      ip: req.ip,
    };
    if (route !== null && QUIET_ROUTES.has(route)) req.log.debug(line, 'request');
    else req.log.info(line, 'request');
  });
}
