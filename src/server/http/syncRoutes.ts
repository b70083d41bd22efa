import type { FastifyInstance } from 'fastify';
import { describeIssues } from '../../shared/validation/describeIssues';
import { SYNC_LIMITS } from '../../shared/sync/limits';
import { enrolRequest, PROTOCOL_VERSION, rotateRequest, SYNC_PATHS, type PushResponse } from '../../shared/sync/protocol';
import { AttemptLimiter } from '../auth/attemptLimiter';
import { authenticateKiosk, enrolKiosk, rotateToken } from '../services/enrolment';
import { ingestBatch } from '../services/ingest';
import { SyncError } from '../services/syncError';
import { validatePush } from '../services/validatePush';
import type { ServerContext } from './context';

/** The kiosk-facing API, protocol version 1 (documented in docs/central-server.md). */
export function registerSyncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // Enrolment codes are guessable only by brute force: a few wrong codes per address, then wait.
  const enrolFailures = new AttemptLimiter(10, 15 * 60_000, ctx.now);

  app.get(SYNC_PATHS.ping, async () => ({ ok: true, protocol: PROTOCOL_VERSION, serverTime: ctx.now() }));

  app.post(SYNC_PATHS.enrol, async (req) => {
    const key = req.ip;
    const wait = enrolFailures.retryAfterMs(key);
    if (wait > 0) {
      throw new SyncError('rate_limited', 'Too many wrong enrolment codes from this address; wait and try again.', 'Terlalu banyak kode salah; tunggu sebentar lalu coba lagi.', {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
    const parsed = enrolRequest.safeParse(req.body);
    if (!parsed.success) {
      throw new SyncError('bad_request', 'The enrolment request is malformed.', 'Permintaan pendaftaran tidak sah.', { problems: describeIssues(parsed.error) });
    }
    try {
      const out = await enrolKiosk(ctx.db, parsed.data, new Date(ctx.now()));
      enrolFailures.succeed(key);
      return out;
    } catch (err) {
      if (err instanceof SyncError && err.code === 'enrolment_code_invalid') enrolFailures.fail(key);
      throw err;
    }
  });

  app.post(SYNC_PATHS.push, { bodyLimit: SYNC_LIMITS.maxPushBytes }, async (req): Promise<PushResponse> => {
    const kiosk = await authenticateKiosk(ctx.db, req.headers.authorization);
    const push = validatePush(req.body, ctx.now(), ctx.timeZone);
    const result = await ingestBatch(ctx.db, kiosk.id, push, new Date(ctx.now()));
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
  });

  app.post(SYNC_PATHS.rotate, async (req) => {
    const kiosk = await authenticateKiosk(ctx.db, req.headers.authorization);
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
