import type { FastifyInstance } from 'fastify';
import { isLanguage } from '../../shared/i18n';
import type { IkmResult } from '../../shared/skm';
import { cityHome } from '../services/cityHome';
import { cityFigures } from '../services/cityReport';
import { publicPage } from '../pages/publicPage';
import type { ServerContext } from './context';
import { dateRange, today } from './dateRange';

const publicIkm = (ikm: IkmResult | null) =>
  ikm && {
    konversi: ikm.konversi,
    mutu: ikm.category.mutu,
    kinerja: ikm.category.kinerja,
    respondents: ikm.respondents,
    unsur: ikm.unsur.map((u) => ({ code: u.code, nrr: u.nrr, konversi: u.konversi })),
  };

/** Public: the home page (publicPage.ts) and each office's IKM for a period (default: this calendar year so far) as JSON. */
export function registerPublicRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const range = (query: { from?: string; to?: string }) => {
    const to = today(ctx.now(), ctx.timeZone);
    return dateRange(query, { from: `${to.slice(0, 4)}-01-01`, to });
  };

  app.get<{ Querystring: { from?: string; to?: string; lang?: string } }>('/', async (req, reply) => {
    const { from, to } = range(req.query);
    const now = ctx.now();
    const home = await cityHome(ctx.db, { lang: isLanguage(req.query.lang) ? req.query.lang : 'id', now, today: today(now, ctx.timeZone), from, to });
    return reply.type('text/html; charset=utf-8').send(publicPage(home));
  });

  app.get<{ Querystring: { from?: string; to?: string } }>('/api/public/v1/ikm', async (req) => {
    const { from, to } = range(req.query);
    const offices = await cityFigures(ctx.db, from, to);
    return {
      from,
      to,
      // "under_review": the office's data is being checked (ikm null); the reason stays on the admin side.
      offices: offices.map((o) => ({
        officeId: o.officeId,
        officeName: o.officeName,
        status: o.status,
        quarantined: o.quarantined,
        ikm: o.status === 'ok' ? publicIkm(o.ikm) : null,
        // Only for an office with agencies (a Mal Pelayanan Publik): each agency's own IKM.
        ...(o.status === 'ok' && o.agencies ? { agencies: o.agencies.map((a) => ({ agencyId: a.agency.id, name: a.agency.name, shortName: a.agency.shortName, ikm: publicIkm(a.ikm) })) } : {}),
      })),
    };
  });
}
