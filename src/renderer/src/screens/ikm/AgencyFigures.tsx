import { translate, type Language } from '../../../../shared/i18n';
import { MutuBadge } from '../../components/skm/MutuBadge';
import { formatDecimal } from '../../components/skm/formatSkm';
import type { PublishedIkm } from './usePublishedIkm';

/** A Mal Pelayanan Publik's agencies, each with its own published IKM (the regulation's index per service unit). */
export function AgencyFigures({ lang, agencies }: { lang: Language; agencies: PublishedIkm['agencies'] }) {
  return (
    <section className="ikm-card ikm-agencies" aria-labelledby="ikm-agencies-title" data-testid="ikm-agencies">
      <h2 id="ikm-agencies-title" className="ikm-card-title">
        {translate(lang, 'ikm.agencies')}
      </h2>
      <p className="ikm-note">{translate(lang, 'ikm.agenciesNote')}</p>
      <ul className="ikm-agency-list">
        {agencies.map((a) => (
          <li key={a.id} className="ikm-agency" data-testid={`ikm-agency-${a.id}`}>
            <span className="ikm-agency-name">
              <strong>{a.shortName}</strong>
              <span className="ikm-agency-full">{a.name[lang]}</span>
            </span>
            {a.overall ? (
              <>
                <span className="ikm-agency-score">
                  <strong data-testid="ikm-agency-konversi">{formatDecimal(lang, a.overall.konversi, 2)}</strong>
                  <span className="ikm-agency-n">{translate(lang, 'ikm.respondents', { n: a.overall.respondents })}</span>
                </span>
                <MutuBadge mutu={a.overall.mutu} />
              </>
            ) : (
              <span className="ikm-agency-none">{translate(lang, 'ikm.agencyNone')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
