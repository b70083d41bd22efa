import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { normalizeBookingCode } from '../../shared/booking/bookingCode';
import { BOOKING_FACTS_LIMITS, type BookingFactsResponse } from '../../shared/booking/bookingFacts';
import { BOOKING_SYNC_PATHS, type DayBookingsResponse, type StandardsResponse } from '../../shared/booking/bookingSync';
import { isLanguage, type Language } from '../../shared/i18n';
import { isIsoDate, localDate } from '../../shared/time/localTime';
import { DatabaseUnavailableError } from '../db/database';
import { putBookingFacts } from '../services/bookingFacts';
import { book, bookingByCode, cancelBooking, countRequest, officeDayBookings, serviceDays, type Booking } from '../services/booking';
import { BookingError } from '../services/bookingError';
import { bookingKeyOf } from '../services/bookingKey';
import { bookableOffices, bookableServices, officeStandards, putStandards } from '../services/bookingStandards';
import { authenticateKiosk } from '../services/enrolment';
import { SyncError } from '../services/syncError';
import { bookingErrorPage, cancelPage, confirmationPage, officesPage, servicesPage, slotsPage } from '../pages/bookingPages';
import { withLang } from '../pages/bookingFrame';
import type { ServerContext } from './context';

type Form = Record<string, string | undefined>;
type LangQuery = { lang?: string };

const langOf = (q: LangQuery | undefined): Language => (isLanguage(q?.lang) ? q.lang : 'id');
const sendHtml = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body);

/**
 * A state-changing request must come from this site: a page elsewhere must not make visitors' browsers
 * book or cancel (each visitor's address would spend the office's seats). Sec-Fetch-Site is set by the
 * browser itself; a browser without it sends Origin with every cross-site POST. A request with neither
 * (curl, a very old phone) cannot be a browser's cross-site submission.
 */
function sameSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.host;
  } catch {
    return false;
  }
}

const asBookingError = (err: unknown): BookingError | null =>
  err instanceof BookingError ? err : err instanceof DatabaseUnavailableError ? new BookingError('unavailable', err.message, 5) : null;

const bookingBody = z
  .object({
    officeId: z.string().max(40),
    serviceCode: z.string().max(16),
    day: z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD'),
    slot: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM'),
  })
  .strict();

function bookingJson(b: Booking) {
  return {
    ok: true as const,
    code: b.code,
    signed: b.signed,
    officeId: b.officeId,
    serviceCode: b.serviceCode,
    day: b.day,
    slot: b.slot,
    checkIn: { opensAt: b.window.opensAt, closesAt: b.window.closesAt },
    cancelledAt: b.cancelledAt?.getTime() ?? null,
  };
}

/** Public booking pages and API, and the kiosk-facing standards push, day pull and facts push (docs/booking.md). */
export function registerBookingRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const db = ctx.db;

  // The app says no-referrer everywhere; on the booking pages that would make browsers send "Origin: null"
  // with the forms, which sameSite() must refuse. same-origin still sends nothing to other sites.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/booking')) reply.header('referrer-policy', 'same-origin');
    return payload;
  });

  /** Answers a booking refusal as JSON; anything else goes to the app's error handler. */
  async function json<T>(req: FastifyRequest, reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
    try {
      if (req.method === 'POST' && !sameSite(req)) throw new BookingError('cross_site', 'Bookings are made from the city booking pages only.');
      return await work();
    } catch (err) {
      const e = asBookingError(err);
      if (!e) throw err;
      if (e.retryAfterSeconds !== undefined) reply.header('retry-after', String(e.retryAfterSeconds));
      return reply.code(e.status).send(e.toBody());
    }
  }

  /** Renders `work`'s page, or the refusal on the page `onError` draws (a generic one by default). */
  async function page(req: FastifyRequest<{ Querystring: LangQuery }>, reply: FastifyReply, work: (lang: Language) => Promise<string | FastifyReply>, onError?: (lang: Language, e: BookingError) => Promise<string>) {
    const lang = langOf(req.query);
    try {
      if (req.method === 'POST' && !sameSite(req)) throw new BookingError('cross_site', 'Bookings are made from the city booking pages only.');
      const out = await work(lang);
      return typeof out === 'string' ? sendHtml(reply, out) : out;
    } catch (err) {
      const e = asBookingError(err);
      if (!e) throw err;
      if (e.retryAfterSeconds !== undefined) reply.header('retry-after', String(e.retryAfterSeconds));
      return sendHtml(reply, onError ? await onError(lang, e) : bookingErrorPage(lang, e.code), e.status);
    }
  }

  const qrSvg = (text: string) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const nextStops = (o: Awaited<ReturnType<typeof bookableOffices>>[number]) => {
    const today = localDate(ctx.now(), o.doc.office.timeZone);
    const stop = o.doc.booking.stops?.filter((s) => s.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
    return stop ? { standards: o, nextStop: { date: stop.date, place: stop.place } } : { standards: o };
  };

  // ---- pages ----
  app.get<{ Querystring: LangQuery }>('/booking', (req, reply) => page(req, reply, async (lang) => officesPage(lang, (await bookableOffices(db)).map(nextStops))));

  app.get<{ Params: { office: string }; Querystring: LangQuery }>('/booking/kantor/:office', (req, reply) =>
    page(req, reply, async (lang) => {
      const o = await officeStandards(db, req.params.office);
      if (!o || bookableServices(o.doc).length === 0) throw new BookingError('not_found', 'This office takes no bookings.');
      return servicesPage(lang, o);
    }),
  );

  const daysPage = async (lang: Language, office: string, service: string, day: string | undefined, error?: BookingError) => {
    const { standards, days } = await serviceDays(db, office, service, ctx.now());
    return slotsPage(lang, standards, service, days, day, error?.code);
  };

  app.get<{ Params: { office: string; service: string }; Querystring: LangQuery & { day?: string } }>('/booking/kantor/:office/:service', (req, reply) =>
    page(req, reply, (lang) => daysPage(lang, req.params.office, req.params.service, req.query.day)),
  );

  app.post<{ Params: { office: string; service: string }; Querystring: LangQuery; Body: Form }>('/booking/kantor/:office/:service', (req, reply) =>
    page(
      req,
      reply,
      async (lang) => {
        await countRequest(db, req.ip, ctx.now());
        const input = bookingBody.safeParse({ officeId: req.params.office, serviceCode: req.params.service, day: req.body?.day, slot: req.body?.slot });
        if (!input.success) throw new BookingError('bad_request', 'Choose a day and a time.');
        const b = await book(db, input.data, req.ip, ctx.now());
        return reply.redirect(withLang(`/booking/kode/${b.code}?baru=1`, lang), 303);
      },
      // A full or passed slot: the same day again with the refusal, so the visitor picks another time.
      async (lang, e) =>
        e.code === 'slot_full' || e.code === 'slot_unavailable' || e.code === 'bad_request'
          ? daysPage(lang, req.params.office, req.params.service, req.body?.day, e)
          : bookingErrorPage(lang, e.code),
    ),
  );

  app.get<{ Params: { code: string }; Querystring: LangQuery & { baru?: string } }>('/booking/kode/:code', (req, reply) =>
    page(req, reply, async (lang) => {
      await countRequest(db, req.ip, ctx.now());
      const code = normalizeBookingCode(req.params.code);
      if (!code) throw new BookingError('not_found', 'Not a booking code.');
      const b = await bookingByCode(db, code, req.ip, ctx.now());
      return confirmationPage(lang, b, await qrSvg(b.signed), req.query.baru === '1');
    }),
  );

  for (const kind of ['svg', 'png'] as const) {
    app.get<{ Params: { code: string } }>(`/booking/kode/:code/qr.${kind}`, async (req, reply) => {
      const out = await json(req, reply, async () => {
        await countRequest(db, req.ip, ctx.now());
        const code = normalizeBookingCode(req.params.code);
        if (!code) throw new BookingError('not_found', 'Not a booking code.');
        return bookingByCode(db, code, req.ip, ctx.now());
      });
      if (!out || !('signed' in out)) return out;
      reply.header('content-disposition', `attachment; filename="booking-${out.code}.${kind}"`).header('cache-control', 'no-store');
      return kind === 'svg'
        ? reply.type('image/svg+xml').send(await qrSvg(out.signed))
        : reply.type('image/png').send(await QRCode.toBuffer(out.signed, { type: 'png', errorCorrectionLevel: 'M', margin: 3, width: 720 }));
    });
  }

  app.get<{ Querystring: LangQuery & { kode?: string } }>('/booking/batal', (req, reply) =>
    page(req, reply, async (lang) => cancelPage(lang, { code: normalizeBookingCode(req.query.kode ?? '') ?? '' })),
  );

  app.post<{ Querystring: LangQuery; Body: Form }>('/booking/batal', (req, reply) =>
    page(
      req,
      reply,
      async (lang) => {
        await countRequest(db, req.ip, ctx.now());
        const code = normalizeBookingCode(req.body?.code ?? '');
        if (!code) throw new BookingError('not_found', 'Not a booking code.');
        const b = await cancelBooking(db, code, req.ip, ctx.now());
        return cancelPage(lang, { cancelled: b.code });
      },
      async (lang, e) => cancelPage(lang, { code: req.body?.code ?? '', error: e.code }),
    ),
  );

  // ---- JSON API ----
  app.get('/api/public/v1/booking/offices', async () => ({
    offices: (await bookableOffices(db)).map((o) => ({
      officeId: o.officeId,
      officeName: o.officeName,
      van: o.doc.booking.stops !== undefined,
      stops: o.doc.booking.stops ?? [],
      services: o.doc.services.map((s) => ({ ...s, bookable: bookableServices(o.doc).includes(s.code) })),
    })),
  }));

  app.get<{ Params: { office: string; service: string } }>('/api/public/v1/booking/offices/:office/services/:service/days', (req, reply) =>
    json(req, reply, async () => ({ days: (await serviceDays(db, req.params.office, req.params.service, ctx.now())).days })),
  );

  app.post('/api/public/v1/bookings', (req, reply) =>
    json(req, reply, async () => {
      await countRequest(db, req.ip, ctx.now());
      const input = bookingBody.safeParse(req.body);
      if (!input.success) throw new BookingError('bad_request', 'officeId, serviceCode, day (YYYY-MM-DD) and slot (HH:MM) are required.');
      return bookingJson(await book(db, input.data, req.ip, ctx.now()));
    }),
  );

  app.get<{ Params: { code: string } }>('/api/public/v1/bookings/:code', (req, reply) =>
    json(req, reply, async () => {
      await countRequest(db, req.ip, ctx.now());
      const code = normalizeBookingCode(req.params.code);
      if (!code) throw new BookingError('not_found', 'Not a booking code.');
      return bookingJson(await bookingByCode(db, code, req.ip, ctx.now()));
    }),
  );

  app.post<{ Params: { code: string } }>('/api/public/v1/bookings/:code/cancel', (req, reply) =>
    json(req, reply, async () => {
      await countRequest(db, req.ip, ctx.now());
      const code = normalizeBookingCode(req.params.code);
      if (!code) throw new BookingError('not_found', 'Not a booking code.');
      return bookingJson(await cancelBooking(db, code, req.ip, ctx.now()));
    }),
  );

  // ---- kiosks ----
  app.post(BOOKING_SYNC_PATHS.standards, async (req): Promise<StandardsResponse> => {
    const kiosk = await authenticateKiosk(db, req.headers.authorization);
    req.log = req.log.child({ kioskId: kiosk.id });
    return { ok: true, bookable: await putStandards(db, kiosk, req.body, new Date(ctx.now())) };
  });

  app.get<{ Querystring: { day?: string } }>(BOOKING_SYNC_PATHS.bookings, async (req): Promise<DayBookingsResponse> => {
    const kiosk = await authenticateKiosk(db, req.headers.authorization);
    req.log = req.log.child({ kioskId: kiosk.id });
    const day = req.query.day ?? '';
    if (!isIsoDate(day)) throw new SyncError('bad_request', 'day must be a date YYYY-MM-DD.', 'Tanggal harus berbentuk YYYY-MM-DD.');
    const [bookings, key] = await Promise.all([officeDayBookings(db, kiosk.officeId, day), bookingKeyOf(db)]);
    return {
      ok: true,
      officeId: kiosk.officeId,
      day,
      bookingKey: key.publicKey,
      bookings: bookings.map((b) => ({ code: b.code, serviceCode: b.serviceCode, slot: b.slot, bookedAt: b.createdAt.getTime(), cancelledAt: b.cancelledAt?.getTime() ?? null })),
    };
  });

  app.post(BOOKING_SYNC_PATHS.facts, { bodyLimit: BOOKING_FACTS_LIMITS.maxBodyBytes }, async (req): Promise<BookingFactsResponse> => {
    const kiosk = await authenticateKiosk(db, req.headers.authorization);
    req.log = req.log.child({ kioskId: kiosk.id });
    return putBookingFacts(db, kiosk, req.body, new Date(ctx.now()));
  });
}
