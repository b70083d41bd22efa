import { translate, type Language } from '../../../../shared/i18n';
import { QUICK_FACE_LABELS, QUICK_FACES } from '../../../../shared/skm';
import { formatDecimal, formatPercent } from '../../components/skm/formatSkm';
import type { PublishedIkm } from './usePublishedIkm';

/** The one-tap faces as their own figure, labelled as not part of the IKM. */
export function QuickFigure({ lang, quick }: { lang: Language; quick: PublishedIkm['quick'] }) {
  return (
    <section className="ikm-card ikm-quick" aria-labelledby="ikm-quick-title" data-testid="ikm-quick">
      <h2 id="ikm-quick-title" className="ikm-card-title">
        {translate(lang, 'ikm.quick')}
      </h2>
      <p className="ikm-note">{translate(lang, 'ikm.quickNote')}</p>
      {quick.mean === null ? (
        <p className="ikm-quick-mean">{translate(lang, 'ikm.quickNone')}</p>
      ) : (
        <>
          <p className="ikm-quick-mean">{translate(lang, 'ikm.quickMean', { mean: formatDecimal(lang, quick.mean, 2), n: quick.responses })}</p>
          <ul className="ikm-quick-shares">
            {QUICK_FACES.map((face) => (
              <li key={face}>
                <span>{QUICK_FACE_LABELS[face][lang]}</span>
                <strong>{formatPercent(lang, quick.shares[face] ?? 0)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
