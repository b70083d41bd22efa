import { OFFICE_ID_PATTERN } from '../../shared/office/officeId';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IkmResult } from '../../shared/skm';
import { SYNC_LIMITS } from '../../shared/sync/limits';
import { signIn, signOut, sessionAdmin, SESSION_TTL_MS } from '../auth/adminAuth';
import { reserveAttempt, SIGN_IN_LIMIT } from '../auth/attemptLimiter';
import { cityBookingFigures } from '../services/bookingFacts';
import { cityDashboard } from '../services/cityDashboard';
import { cityFigures, SERVICE_LEVEL_TARGETS } from '../services/cityReport';
import { exportFileName, exportTables, toCsv, toXlsx } from '../services/dashboardExport';
import { createEnrolmentCode, requestRotation, revokeKiosk } from '../services/enrolment';
import { liftQuarantine, officeDataReview, placeQuarantine, quarantineForm } from '../services/quarantine';
import { SyncError } from '../services/syncError';
import { importUsbFile } from '../services/usbImport';
import { bookingListFile } from '../services/bookingListFile';
import { enrolmentCodesRepo } from '../store/enrolmentCodesRepo';
import { kiosksRepo } from '../store/kiosksRepo';
import { officesRepo, type OfficeRecord } from '../store/officesRepo';
import { usbImportsRepo } from '../store/usbImportsRepo';
import { IMPORT_SCRIPT, importPage, officePage, officesPage, signInPage, type Notice } from '../pages/adminPages';
import { dashboardPage } from '../pages/dashboardPage';
import type { ServerContext } from './context';
import { dateRange, today } from './dateRange';

const COOKIE = 'loket_admin';

type Form = Record<string, string | undefined>;

function cookieValue(req: FastifyRequest): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=');
  }
  return undefined;
}

/** An IKM as the dashboard's JSON gives it: the score, its grade and how many answered. */
const ikmBrief = (ikm: IkmResult | null) => ikm && { konversi: ikm.konversi, mutu: ikm.category.mutu, respondents: ikm.respondents };

const sendHtml = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body);

/** Sign-in, offices and enrolment codes, kiosk rotation and revocation, quarantines, USB import, booking lists for USB, the city dashboard. */
export function registerAdminRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const cookieFlags = `Path=/admin; HttpOnly; SameSite=Strict${ctx.secureCookies ? '; Secure' : ''}`;

  /** The signed-in admin, or null after answering (a redirect for pages, 401 for the JSON API). */
  async function admin(req: FastifyRequest, reply: FastifyReply, json = false): Promise<{ adminId: number } | null> {
    const found = await sessionAdmin(ctx.db, cookieValue(req), new Date(ctx.now()));
    if (found) return found;
    if (json) await reply.code(401).send({ ok: false, error: { code: 'unauthorized', message: 'Sign in as a city administrator first.' } });
    else await reply.redirect('/admin/signin', 303);
    return null;
  }

  /** An office's page: its kiosks and open codes, and its data under review (rows over their bounds, quarantines). */
  async function sendOfficePage(reply: FastifyReply, office: OfficeRecord, n?: Notice, status = 200) {
    const [kiosks, codes, review] = await Promise.all([
      kiosksRepo.forOffice(ctx.db, office.id),
      enrolmentCodesRepo.openFor(ctx.db, office.id, new Date(ctx.now())),
      officeDataReview(ctx.db, office.id),
    ]);
    return sendHtml(reply, officePage({ office, kiosks, openCodes: codes.length, review }, n), status);
  }

  const dashboardQuery = (query: { from?: string; to?: string; target?: string }) => {
    const t = today(ctx.now(), ctx.timeZone);
    const target = Number(query.target);
    return {
      ...dateRange(query, { from: t, to: t }),
      target: (SERVICE_LEVEL_TARGETS as readonly number[]).includes(target) ? target : 15,
      today: t,
    };
  };

  app.get('/admin', async (_req, reply) => reply.redirect('/admin/dashboard', 303));
  app.get('/admin/signin', async (_req, reply) => sendHtml(reply, signInPage()));
  app.get('/admin/import.js', async (_req, reply) => reply.type('text/javascript; charset=utf-8').send(IMPORT_SCRIPT));

  app.post<{ Body: Form }>('/admin/signin', async (req, reply) => {
    // Per address, whatever the username: guessing across names is still guessing.
    const attempt = await reserveAttempt(ctx.db, SIGN_IN_LIMIT, req.ip, ctx.now());
    if (!attempt.allowed) {
      ctx.metrics.attemptRefused(SIGN_IN_LIMIT.scope);
      reply.header('retry-after', String(Math.ceil(attempt.retryAfterMs / 1000)));
      return sendHtml(reply, signInPage({ kind: 'err', text: `Terlalu banyak percobaan; coba lagi dalam ${Math.ceil(attempt.retryAfterMs / 60_000)} menit.` }), 429);
    }
    const token = await signIn(ctx.db, req.body?.username ?? '', req.body?.password ?? '', new Date(ctx.now()));
    if (!token) {
      ctx.metrics.signInFailed();
      return sendHtml(reply, signInPage({ kind: 'err', text: 'Nama pengguna atau kata sandi salah.' }), 401);
    }
    await attempt.clear();
    reply.header('set-cookie', `${COOKIE}=${token}; ${cookieFlags}; Max-Age=${SESSION_TTL_MS / 1000}`);
    return reply.redirect('/admin/dashboard', 303);
  });

  app.post('/admin/signout', async (req, reply) => {
    const token = cookieValue(req);
    if (token) await signOut(ctx.db, token);
    reply.header('set-cookie', `${COOKIE}=; ${cookieFlags}; Max-Age=0`);
    return reply.redirect('/admin/signin', 303);
  });

  app.get<{ Querystring: { from?: string; to?: string; target?: string } }>('/admin/dashboard', async (req, reply) => {
    if (!(await admin(req, reply))) return reply;
    const q = dashboardQuery(req.query);
    const now = ctx.now();
    const d = await cityDashboard(ctx.db, q.from, q.to, q.target, now);
    return sendHtml(reply, dashboardPage(d, { today: q.today, timeZone: ctx.timeZone, now }));
  });

  // The dashboard's figures as files. GETs like the booking list: they change nothing, and the admin
  // cookie (SameSite=Strict) never goes with a request another site starts.
  app.get<{ Querystring: { from?: string; to?: string; target?: string; table?: string } }>('/admin/dashboard/export.csv', async (req, reply) => {
    if (!(await admin(req, reply))) return reply;
    const q = dashboardQuery(req.query);
    const [perOffice, perDay] = exportTables(await cityDashboard(ctx.db, q.from, q.to, q.target, ctx.now()));
    const table = req.query.table === 'harian' ? perDay : perOffice;
    reply.header('content-disposition', `attachment; filename="${exportFileName(table.id, q.from, q.to, 'csv')}"`);
    return reply.type('text/csv; charset=utf-8').send(toCsv(table));
  });

  app.get<{ Querystring: { from?: string; to?: string; target?: string } }>('/admin/dashboard/export.xlsx', async (req, reply) => {
    if (!(await admin(req, reply))) return reply;
    const q = dashboardQuery(req.query);
    const file = await toXlsx(exportTables(await cityDashboard(ctx.db, q.from, q.to, q.target, ctx.now())));
    reply.header('content-disposition', `attachment; filename="${exportFileName('semua', q.from, q.to, 'xlsx')}"`);
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(file);
  });

  app.get<{ Querystring: { from?: string; to?: string; target?: string } }>('/admin/api/dashboard', async (req, reply) => {
    if (!(await admin(req, reply, true))) return reply;
    const q = dashboardQuery(req.query);
    const [offices, bookings] = await Promise.all([cityFigures(ctx.db, q.from, q.to, q.target), cityBookingFigures(ctx.db, q.from, q.to)]);
    return {
      ...q,
      offices: offices.map((o) =>
        o.status === 'ok'
          ? { ...o, ikm: ikmBrief(o.ikm), ...(o.agencies ? { agencies: o.agencies.map((a) => ({ ...a, ikm: ikmBrief(a.ikm) })) } : {}) }
          : o,
      ),
      bookings: bookings.map((b) => ({ ...b, receivedAt: b.receivedAt?.getTime() ?? null })),
    };
  });

  app.get('/admin/offices', async (req, reply) => {
    if (!(await admin(req, reply))) return reply;
    return sendHtml(reply, officesPage(await officesRepo.all(ctx.db)));
  });

  app.post<{ Body: Form }>('/admin/offices', async (req, reply) => {
    if (!(await admin(req, reply))) return reply;
    const id = (req.body?.id ?? '').trim();
    const name = (req.body?.name ?? '').trim();
    const problem = !OFFICE_ID_PATTERN.test(id) ? 'Id kantor: 2–40 huruf kecil, angka atau "-", sama dengan office.id di konfigurasi kios.' : name.length === 0 || name.length > 120 ? 'Nama kantor wajib diisi (paling banyak 120 huruf).' : null;
    const created = problem === null && (await ctx.db.transaction((tx) => officesRepo.insert(tx, { id, name })));
    const notice = problem ? { kind: 'err' as const, text: problem } : created ? { kind: 'ok' as const, text: `Kantor ${name} terdaftar.` } : { kind: 'err' as const, text: `Id "${id}" sudah dipakai.` };
    return sendHtml(reply, officesPage(await officesRepo.all(ctx.db), notice), problem || !created ? 400 : 200);
  });

  app.post<{ Params: { id: string } }>('/admin/offices/:id/codes', async (req, reply) => {
    if (!(await admin(req, reply))) return reply;
    const office = await officesRepo.get(ctx.db, req.params.id);
    if (!office) return sendHtml(reply, officesPage(await officesRepo.all(ctx.db), { kind: 'err', text: 'Kantor tidak ditemukan.' }), 404);
    const { code, expiresAt } = await createEnrolmentCode(ctx.db, office.id, new Date(ctx.now()));
    return sendHtml(reply, officesPage(await officesRepo.all(ctx.db), undefined, { officeName: office.name, code, expiresAt }));
  });

  app.get<{ Params: { id: string } }>('/admin/offices/:id', async (req, reply) => {
    if (!(await admin(req, reply))) return reply;
    const office = await officesRepo.get(ctx.db, req.params.id);
    if (!office) return sendHtml(reply, officesPage(await officesRepo.all(ctx.db), { kind: 'err', text: 'Kantor tidak ditemukan.' }), 404);
    return sendOfficePage(reply, office);
  });

  app.post<{ Params: { id: string }; Body: Form }>('/admin/offices/:id/quarantines', async (req, reply) => {
    const who = await admin(req, reply);
    if (!who) return reply;
    const office = await officesRepo.get(ctx.db, req.params.id);
    if (!office) return sendHtml(reply, officesPage(await officesRepo.all(ctx.db), { kind: 'err', text: 'Kantor tidak ditemukan.' }), 404);
    const form = quarantineForm.safeParse(req.body ?? {});
    if (!form.success) return sendOfficePage(reply, office, { kind: 'err', text: form.error.issues.map((i) => i.message).join(' ') }, 400);
    await placeQuarantine(ctx.db, office.id, form.data, who.adminId, new Date(ctx.now()));
    const text = `Baris ${office.name} tanggal ${form.data.from} s.d. ${form.data.to} dikarantina: tidak dihitung di tampilan kota sampai karantina dicabut.`;
    return sendOfficePage(reply, office, { kind: 'ok', text });
  });

  app.post<{ Params: { id: string } }>('/admin/quarantines/:id/lift', async (req, reply) => {
    const who = await admin(req, reply);
    if (!who) return reply;
    const id = /^\d{1,9}$/.test(req.params.id) ? Number(req.params.id) : null;
    const officeId = id === null ? undefined : await liftQuarantine(ctx.db, id, who.adminId, new Date(ctx.now()));
    const office = officeId === undefined ? undefined : await officesRepo.get(ctx.db, officeId);
    if (!office) return sendHtml(reply, officesPage(await officesRepo.all(ctx.db), { kind: 'err', text: 'Karantina tidak ditemukan atau sudah dicabut.' }), 404);
    return sendOfficePage(reply, office, { kind: 'ok', text: `Karantina #${id} dicabut: baris-barisnya dihitung lagi.` });
  });

  for (const action of ['rotate', 'revoke'] as const) {
    app.post<{ Params: { id: string } }>(`/admin/kiosks/:id/${action}`, async (req, reply) => {
      if (!(await admin(req, reply))) return reply;
      const kiosk = await kiosksRepo.byId(ctx.db, req.params.id);
      if (!kiosk) return sendHtml(reply, officesPage(await officesRepo.all(ctx.db), { kind: 'err', text: 'Kios tidak ditemukan.' }), 404);
      const done = action === 'rotate' ? await requestRotation(ctx.db, kiosk.id) : await revokeKiosk(ctx.db, kiosk.id, new Date(ctx.now()));
      const text = action === 'rotate' ? `Kios ${kiosk.label} akan mengganti tokennya pada kiriman berikutnya.` : `Kios ${kiosk.label} dicabut; ia harus mendaftar ulang.`;
      const office = (await officesRepo.get(ctx.db, kiosk.officeId)) ?? { id: kiosk.officeId, name: kiosk.officeId };
      return sendOfficePage(reply, office, done ? { kind: 'ok', text } : { kind: 'err', text: 'Kios ini sudah dicabut.' });
    });
  }

  app.get('/admin/import', async (req, reply) => {
    if (!(await admin(req, reply))) return reply;
    return sendHtml(reply, importPage(await usbImportsRepo.recent(ctx.db, 20)));
  });

  const runImport = async (adminId: number, text: string) => importUsbFile(ctx.db, text, adminId, new Date(ctx.now()), ctx.timeZone);

  app.post<{ Body: Form }>('/admin/import', { bodyLimit: SYNC_LIMITS.maxFileBytes * 2 }, async (req, reply) => {
    const who = await admin(req, reply);
    if (!who) return reply;
    let notice;
    let status = 200;
    try {
      const r = await runImport(who.adminId, req.body?.file ?? '');
      notice = { kind: 'ok' as const, text: `Diimpor: ${r.rows} baris dari kios ${r.kioskId} (${r.officeId}); ${r.applied} naik, ${r.unchanged} sama, ${r.older.length} lebih lama.` };
    } catch (err) {
      if (!(err instanceof SyncError)) throw err;
      notice = { kind: 'err' as const, text: `${err.pesan} (${err.message})` };
      status = err.status;
    }
    return sendHtml(reply, importPage(await usbImportsRepo.recent(ctx.db, 20), notice), status);
  });

  app.post<{ Body: string }>('/admin/api/import', { bodyLimit: SYNC_LIMITS.maxFileBytes }, async (req, reply) => {
    const who = await admin(req, reply, true);
    if (!who) return reply;
    const r = await runImport(who.adminId, typeof req.body === 'string' ? req.body : JSON.stringify(req.body));
    return { ok: true, kioskId: r.kioskId, officeId: r.officeId, rows: r.rows, applied: r.applied, unchanged: r.unchanged, olderCount: r.older.length };
  });

  // The booking list file a van without network carries on its USB stick. A GET: it changes nothing, and
  // the admin cookie (SameSite=Strict) never goes with a request another site starts.
  app.get<{ Params: { id: string } }>('/admin/offices/:id/booking-list', async (req, reply) => {
    if (!(await admin(req, reply))) return reply;
    const office = await officesRepo.get(ctx.db, req.params.id);
    if (!office) return sendHtml(reply, officesPage(await officesRepo.all(ctx.db), { kind: 'err', text: 'Kantor tidak ditemukan.' }), 404);
    const file = await bookingListFile(ctx.db, office.id, ctx.timeZone, ctx.now());
    if (!file) return sendOfficePage(reply, office, { kind: 'err', text: 'Mobil keliling ini tidak punya jadwal singgah yang masih bisa dibooking: tidak ada daftar untuk dibawa.' }, 409);
    reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
    return reply.type('application/json; charset=utf-8').send(file.content);
  });
}
