import type { StatsView } from '../../../../../../shared/api/methods/stats';
import type { OfficeConfig } from '../../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../../shared/i18n';
import { serviceName } from '../../dashboard/names';
import { CHART_COLORS, type ChartOption } from './echarts';

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/** Mean and P90 waiting per service beside the service's target, in minutes. */
export function waitByServiceOption(lang: Language, stats: StatsView, config: OfficeConfig | null): ChartOption {
  const names = stats.byService.map((s) => serviceName(config, s.serviceCode, lang));
  const axisText = { color: CHART_COLORS.soft, fontSize: 13 };
  return {
    grid: { left: 48, right: 16, top: 40, bottom: 64 },
    legend: { top: 0, textStyle: { color: CHART_COLORS.text, fontSize: 13 } },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: names, axisLabel: { ...axisText, interval: 0, overflow: 'break', width: 84, lineHeight: 15 }, axisLine: { lineStyle: { color: CHART_COLORS.soft } } },
    yAxis: {
      type: 'value',
      name: translate(lang, 'supervisor.unit.minutesWord'),
      nameTextStyle: axisText,
      axisLabel: axisText,
      splitLine: { lineStyle: { color: CHART_COLORS.line } },
    },
    series: [
      {
        type: 'bar',
        name: translate(lang, 'supervisor.kpi.waitMean'),
        data: stats.byService.map((s) => ({
          value: round1(s.kpis.waitMean),
          itemStyle: { color: s.kpis.waitMean !== null && s.kpis.waitMean > s.targetWaitMinutes ? CHART_COLORS.over : CHART_COLORS.accent },
        })),
        itemStyle: { color: CHART_COLORS.accent },
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
