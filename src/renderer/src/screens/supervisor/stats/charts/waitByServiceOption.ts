import type { StatsView } from '../../../../../../shared/api/methods/stats';
import type { OfficeConfig } from '../../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../../shared/i18n';
import { serviceName } from '../../dashboard/names';
import { chartNumber } from './chartNumbers';
import { CHART_COLORS, CHART_TEXT, type ChartOption } from './echarts';

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/**
 * Mean and P90 waiting per service beside the service's target, in minutes. A mean over the target is its
 * own series (stacked on the same spot, so each service still has one mean bar) so the legend shows both
 * colours the bars use.
 */
export function waitByServiceOption(lang: Language, stats: StatsView, config: OfficeConfig | null): ChartOption {
  const names = stats.byService.map((s) => serviceName(config, s.serviceCode, lang));
  const axisText = CHART_TEXT;
  const number = chartNumber(lang, 1);
  const over = (s: StatsView['byService'][number]) => s.kpis.waitMean !== null && s.kpis.waitMean > s.targetWaitMinutes;
  return {
    grid: { left: 56, right: 16, top: 56, bottom: 64 },
    legend: { top: 0, textStyle: { color: CHART_COLORS.text, fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: number },
    xAxis: { type: 'category', data: names, axisLabel: { ...axisText, interval: 0, overflow: 'break', width: 84, lineHeight: 15 }, axisLine: { lineStyle: { color: CHART_COLORS.soft } } },
    yAxis: {
      type: 'value',
      name: translate(lang, 'supervisor.unit.minutesWord'),
      nameTextStyle: axisText,
      axisLabel: { ...axisText, formatter: number },
      splitLine: { lineStyle: { color: CHART_COLORS.line } },
    },
    series: [
      {
        type: 'bar',
        stack: 'mean',
        name: translate(lang, 'supervisor.kpi.waitMean'),
        data: stats.byService.map((s) => (over(s) ? null : round1(s.kpis.waitMean))),
        itemStyle: { color: CHART_COLORS.accent },
      },
      {
        type: 'bar',
        stack: 'mean',
        name: translate(lang, 'supervisor.stats.chart.waitMeanOver'),
        data: stats.byService.map((s) => (over(s) ? round1(s.kpis.waitMean) : null)),
        itemStyle: { color: CHART_COLORS.over },
      },
      { type: 'bar', name: translate(lang, 'supervisor.kpi.waitP90'), data: stats.byService.map((s) => round1(s.kpis.waitP90)), itemStyle: { color: CHART_COLORS.blue } },
      {
        type: 'bar',
        name: translate(lang, 'supervisor.stats.col.target'),
        data: stats.byService.map((s) => s.targetWaitMinutes),
        itemStyle: { color: 'transparent', borderColor: CHART_COLORS.target, borderWidth: 2, borderType: 'dashed' },
      },
    ],
  };
}
