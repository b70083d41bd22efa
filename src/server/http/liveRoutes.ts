import type { FastifyInstance, FastifyReply } from 'fastify';
import { normalizePhoneCode } from '../../shared/domain/phoneCode';
import { isLanguage, type Language } from '../../shared/i18n';
import { LIVE_SNAPSHOT_LIMITS, LIVE_SNAPSHOT_PATH, type LiveSnapshotResponse } from '../../shared/sync/liveSnapshot';
import { DatabaseUnavailableError } from '../db/database';
import { CITY_PHONE_SCRIPT, CITY_PHONE_SCRIPT_PATH, cityPhonePage, cityPhoneRefusal } from '../pages/cityPhonePage';
import { withLang } from '../pages/bookingFrame';
import { BookingError } from '../services/bookingError';
import { authenticateKiosk } from '../services/enrolment';
import { busyNow, cityTicket, putLiveSnapshot } from '../services/liveSnapshots';
import type { ServerContext } from './context';

type LangQuery = { lang?: string };
const langOf = (q: LangQuery | undefined): Language => (isLanguage(q?.lang) ? q.lang : 'id');
/** What of a typed code may go back into the page (a refusal shows it again in the box). */
const shownCode = (raw: string) => raw.replace(/[^0-9A-Za-z-]/g, '').slice(0, 20);

/** "How busy now" and the phone page at the city: the offices' snapshot push (kiosk token) and the public reads. */
export function registerLiveRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const db = ctx.db;

  app.post(LIVE_SNAPSHOT_PATH, { bodyLimit: LIVE_SNAPSHOT_LIMITS.maxBodyBytes }, async (req): Promise<LiveSnapshotResponse> => {
    const kiosk = await authenticateKiosk(db, req.headers.authorization);
    req.log = req.log.child({ kioskId: kiosk.id });
    return putLiveSnapshot(db, kiosk, req.body, new Date(ctx.now()));
  });

  app.get('/api/public/v1/busy', async () => {
    const now = ctx.now();
    return {
      offices: (await busyNow(db, now)).map((o) => ({
        officeId: o.officeId,
        officeName: o.officeName,
        receivedAt: o.age.receivedAt,
        ageSeconds: Math.floor(o.age.ageMs / 1000),
        fresh: o.age.fresh,
        services: o.services,
      })),
    };
  });

  app.get(CITY_PHONE_SCRIPT_PATH, async (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CITY_PHONE_SCRIPT));

  // The home page's code box: one address per ticket, so the page can be bookmarked and reloaded.
  app.get<{ Querystring: LangQuery & { kode?: string } }>('/t', async (req, reply) => {
    const lang = langOf(req.query);
    const code = normalizePhoneCode(req.query.kode ?? '');
    if (code) return reply.redirect(withLang(`/t/${code}`, lang), 303);
    return sendHtml(reply, cityPhoneRefusal(lang, shownCode(req.query.kode ?? ''), 'not_found'), req.query.kode ? 404 : 200);
  });

  app.get<{ Params: { code: string }; Querystring: LangQuery }>('/t/:code', async (req, reply) => {
    const lang = langOf(req.query);
    reply.header('cache-control', 'no-store');
    try {
      const ticket = await cityTicket(db, req.params.code, req.ip, ctx.now());
      return sendHtml(reply, cityPhonePage(lang, normalizePhoneCode(req.params.code) as string, ticket));
    } catch (err) {
      const e = err instanceof BookingError ? err : err instanceof DatabaseUnavailableError ? new BookingError('unavailable', err.message, 5) : null;
      if (!e) throw err;
      if (e.retryAfterSeconds !== undefined) reply.header('retry-after', String(e.retryAfterSeconds));
      const why = e.code === 'rate_limited' || e.code === 'unavailable' ? e.code : 'not_found';
      return sendHtml(reply, cityPhoneRefusal(lang, shownCode(req.params.code), why), e.status);
    }
  });
}

const sendHtml = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body);
