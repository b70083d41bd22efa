import { useMemo } from 'react';
import type { StatsView } from '../../../../../shared/api/methods/stats';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import { EChart } from './charts/EChart';
import { heatmapOption } from './charts/heatmapOption';
import { histogramOption } from './charts/histogramOption';
import { waitByServiceOption } from './charts/waitByServiceOption';

/** Waiting per service against its target, the wait histogram, and arrivals by weekday and hour. */
export function StatsCharts({ lang, stats, config }: { lang: Language; stats: StatsView; config: OfficeConfig | null }) {
  const waits = useMemo(() => waitByServiceOption(lang, stats, config), [lang, stats, config]);
  const histogram = useMemo(() => histogramOption(lang, stats), [lang, stats]);
  const heatmap = useMemo(() => heatmapOption(lang, stats), [lang, stats]);
  return (
    <div className="stats-charts">
      <section className="desk-panel">
        <h2 className="panel-title">{translate(lang, 'supervisor.stats.chart.waits')}</h2>
        <EChart option={waits} label={translate(lang, 'supervisor.stats.chart.waits')} testId="chart-waits" />
      </section>
      <section className="desk-panel">
        <h2 className="panel-title">{translate(lang, 'supervisor.stats.chart.histogram')}</h2>
        <EChart option={histogram} label={translate(lang, 'supervisor.stats.chart.histogram')} testId="chart-histogram" />
      </section>
      <section className="desk-panel stats-charts-wide">
        <h2 className="panel-title">{translate(lang, 'supervisor.stats.chart.heatmap')}</h2>
        <EChart option={heatmap} label={translate(lang, 'supervisor.stats.chart.heatmap')} testId="chart-heatmap" height="17rem" />
      </section>
    </div>
  );
}
