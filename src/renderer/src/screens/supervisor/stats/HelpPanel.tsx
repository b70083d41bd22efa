import { translate, type Language, type MessageKey } from '../../../../../shared/i18n';

const DEFINITIONS: { term: MessageKey; meaning: MessageKey }[] = [
  { term: 'supervisor.kpi.waitMean', meaning: 'supervisor.help.wait' },
  { term: 'supervisor.kpi.walkMean', meaning: 'supervisor.help.walk' },
  { term: 'supervisor.kpi.serviceMean', meaning: 'supervisor.help.service' },
  { term: 'supervisor.kpi.servedRate', meaning: 'supervisor.help.servedRate' },
  { term: 'supervisor.kpi.noShowRate', meaning: 'supervisor.help.noShowRate' },
  { term: 'supervisor.kpi.abandonment', meaning: 'supervisor.help.abandonment' },
  { term: 'supervisor.kpi.serviceLevel', meaning: 'supervisor.help.serviceLevel' },
  { term: 'supervisor.stats.col.idleWithQueue', meaning: 'supervisor.help.idleWithQueue' },
  { term: 'supervisor.stats.col.servedPerHour', meaning: 'supervisor.help.productivity' },
  { term: 'supervisor.help.exactTerm', meaning: 'supervisor.help.exact' },
  { term: 'supervisor.stats.chart.heatmap', meaning: 'supervisor.help.heatmap' },
  { term: 'supervisor.kpi.satisfaction', meaning: 'supervisor.help.satisfaction' },
  { term: 'supervisor.help.compareTerm', meaning: 'supervisor.help.compare' },
];

/** Every figure's definition written out (queue.md), so the report can quote how each was computed. */
export function HelpPanel({ lang }: { lang: Language }) {
  return (
    <details className="desk-panel help-panel" data-testid="stats-help">
      <summary className="panel-title help-summary">{translate(lang, 'supervisor.help.title')}</summary>
      <dl className="help-list">
        {DEFINITIONS.map(({ term, meaning }) => (
          <div key={term} className="help-item">
            <dt>{translate(lang, term)}</dt>
            <dd>{translate(lang, meaning)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
