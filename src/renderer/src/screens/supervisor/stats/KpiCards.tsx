import type { StatsView } from '../../../../../shared/api/methods/stats';
import { translate, type Language } from '../../../../../shared/i18n';
import { MutuBadge } from '../../../components/skm/MutuBadge';
import { formatNumber } from '../dashboard/format';
import { displayValue } from './cellValue';
import { SUMMARY_ROWS } from './statsTables';
import { SmallSampleNote } from './SmallSampleNote';

const CARDS = SUMMARY_ROWS.filter((r) => r.key !== 'unservedAtClose' && r.key !== 'servedRate' && r.key !== 'noShowRate');

function isMutu(value: string | null): value is 'A' | 'B' | 'C' | 'D' {
  return value === 'A' || value === 'B' || value === 'C' || value === 'D';
}

/** The headline figures, each with the previous period beside it when comparing; satisfaction last. */
export function KpiCards({ lang, current, previous }: { lang: Language; current: StatsView; previous: StatsView | null }) {
  const sat = current.satisfaction;
  return (
    <div className="kpi-cards" data-testid="kpi-cards">
      {CARDS.map(({ key, label, kind }) => (
        <article key={key} className="kpi-card" data-testid={`kpi-${key}`}>
          <h3 className="kpi-label">{translate(lang, label)}</h3>
          <p className="kpi-value" data-testid={`kpi-${key}-value`}>
            {displayValue(lang, kind, current.totals[key])}
          </p>
          {key === 'served' && <p className="kpi-sub">{translate(lang, 'supervisor.kpi.ofIssued', { share: displayValue(lang, 'share', current.totals.servedRate) })}</p>}
          {key === 'noShow' && <p className="kpi-sub">{translate(lang, 'supervisor.kpi.ofCalled', { share: displayValue(lang, 'share', current.totals.noShowRate) })}</p>}
          {key === 'serviceLevel' && <p className="kpi-sub">{translate(lang, 'supervisor.kpi.withinTarget')}</p>}
          {previous && (
            <p className="kpi-previous" data-testid={`kpi-${key}-previous`}>
              {translate(lang, 'supervisor.kpi.previous', { value: displayValue(lang, kind, previous.totals[key]) })}
            </p>
          )}
        </article>
      ))}
      <article className="kpi-card kpi-card--wide" data-testid="kpi-satisfaction">
        <h3 className="kpi-label">{translate(lang, 'supervisor.kpi.satisfaction')}</h3>
        <div className="kpi-pair">
          <p className="kpi-value">
            {sat.quickMean === null ? '–' : formatNumber(lang, sat.quickMean, 2)}
            <span className="kpi-unit"> / 4</span>
          </p>
          <p className="kpi-value">
            {sat.ikmKonversi === null ? '–' : formatNumber(lang, sat.ikmKonversi, 2)}
            {isMutu(sat.ikmMutu) && <MutuBadge mutu={sat.ikmMutu} />}
          </p>
        </div>
        <p className="kpi-sub">
          {translate(lang, 'supervisor.kpi.satisfactionSub', { quick: sat.quickResponses, ikm: sat.ikmRespondents })}
        </p>
        {sat.ikmKonversi !== null && <SmallSampleNote lang={lang} respondents={sat.ikmRespondents} served={current.totals.served} />}
        {previous && (
          <p className="kpi-previous">
            {translate(lang, 'supervisor.kpi.previousSatisfaction', {
              quick: previous.satisfaction.quickMean === null ? '–' : formatNumber(lang, previous.satisfaction.quickMean, 2),
              ikm: previous.satisfaction.ikmKonversi === null ? '–' : formatNumber(lang, previous.satisfaction.ikmKonversi, 2),
            })}
          </p>
        )}
      </article>
    </div>
  );
}
