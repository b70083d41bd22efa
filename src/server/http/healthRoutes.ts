import type { FastifyInstance } from 'fastify';
import { mayReadMetrics } from '../observability/metricsAccess';
import { checkReadiness } from '../observability/readiness';
import type { ServerContext } from './context';

/**
 * For the load balancer and the monitoring: /healthz (the process answers; no database work), /readyz
 * (the database answers and its schema is this build's) and /metrics (Prometheus text). None of them
 * counts against an attempt limit; their request lines are at debug (requestLog.ts).
 */
export function registerHealthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/healthz', async (_req, reply) => reply.header('cache-control', 'no-store').send({ ok: true }));

  app.get('/readyz', async (_req, reply) => {
    const r = await checkReadiness(ctx.db);
    reply.header('cache-control', 'no-store');
    return r.ready ? reply.send({ ok: true, migration: r.migration }) : reply.code(503).send({ ok: false, reason: r.reason });
  });

  app.get('/metrics', async (req, reply) => {
    // Refused as if the route did not exist: an outsider learns nothing, not even that it is there.
    if (!mayReadMetrics(req, ctx.metricsToken)) return reply.callNotFound();
    return reply.header('cache-control', 'no-store').type(ctx.metrics.contentType).send(await ctx.metrics.render());
  });
}
