import type { FastifyInstance } from 'fastify';
import { describeIssues } from '../../shared/validation/describeIssues';
import { SYNC_LIMITS } from '../../shared/sync/limits';
import { enrolRequest, PROTOCOL_VERSION, rotateRequest, SYNC_PATHS, type PushResponse } from '../../shared/sync/protocol';
import { ENROLMENT_LIMIT, reserveAttempt } from '../auth/attemptLimiter';
import { authenticateKiosk, enrolKiosk, rotateToken } from '../services/enrolment';
import { ingestBatch } from '../services/ingest';
import { SyncError } from '../services/syncError';
import { validatePush } from '../services/validatePush';
import type { ServerContext } from './context';

/** The kiosk-facing API, protocol version 1 (documented in docs/central-server.md). */
export function registerSyncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(SYNC_PATHS.ping, async () => ({ ok: true, protocol: PROTOCOL_VERSION, serverTime: ctx.now() }));

  app.post(SYNC_PATHS.enrol, async (req) => {
    const parsed = enrolRequest.safeParse(req.body);
    if (!parsed.success) {
      throw new SyncError('bad_request', 'The enrolment request is malformed.', 'Permintaan pendaftaran tidak sah.', { problems: describeIssues(parsed.error) });
    }
    const attempt = await reserveAttempt(ctx.db, ENROLMENT_LIMIT, req.ip, ctx.now());
    if (!attempt.allowed) {
      ctx.metrics.attemptRefused(ENROLMENT_LIMIT.scope);
      throw new SyncError('rate_limited', 'Too many wrong enrolment codes from this address; wait and try again.', 'Terlalu banyak kode salah; tunggu sebentar lalu coba lagi.', {
        retryAfterSeconds: Math.ceil(attempt.retryAfterMs / 1000),
      });
    }
    const out = await enrolKiosk(ctx.db, parsed.data, new Date(ctx.now())).catch(async (err: unknown) => {
      // A wrong code spends the try; a refusal for another reason (a bad key, another office) gives it back.
      if (err instanceof SyncError && err.code !== 'enrolment_code_invalid') await attempt.release();
      throw err;
    });
    // Given back, not cleared: the same enrolment sent again always succeeds, so a success must not
    // forgive the wrong codes before it.
    await attempt.release();
    req.log = req.log.child({ kioskId: out.kioskId });
    ctx.metrics.enrolled();
    return out;
  });

  app.post(
    SYNC_PATHS.push,
    {
      bodyLimit: SYNC_LIMITS.maxPushBytes,
      // Every push's time to answer, refused ones included (the error handler counts their outcome).
      onResponse: async (_req, reply) => ctx.metrics.pushAnswered(reply.elapsedTime / 1000),
    },
    async (req): Promise<PushResponse> => {
      const kiosk = await authenticateKiosk(ctx.db, req.headers.authorization);
      req.log = req.log.child({ kioskId: kiosk.id });
      const push = validatePush(req.body, ctx.now(), ctx.timeZone);
      const result = await ingestBatch(ctx.db, kiosk.id, push, new Date(ctx.now()));
      ctx.metrics.pushAccepted(result);
      return {
        ok: true,
        protocol: PROTOCOL_VERSION,
        acknowledgedThrough: push.through,
        applied: result.applied,
        unchanged: result.unchanged,
        older: result.older.slice(0, 20),
        olderCount: result.older.length,
        rotateToken: result.rotateToken,
      };
    },
  );

  app.post(SYNC_PATHS.rotate, async (req) => {
    const kiosk = await authenticateKiosk(ctx.db, req.headers.authorization);
    req.log = req.log.child({ kioskId: kiosk.id });
    const parsed = rotateRequest.safeParse(req.body);
    if (!parsed.success) {
      throw new SyncError('bad_request', 'The rotation request is malformed; update Loket on the kiosk.', 'Permintaan token baru tidak sah; perbarui Loket di kios.', {
        problems: describeIssues(parsed.error),
      });
    }
    await rotateToken(ctx.db, kiosk, parsed.data);
    return { ok: true, requestId: parsed.data.requestId };
  });
}
