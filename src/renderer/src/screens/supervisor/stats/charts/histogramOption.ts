import type { StatsView } from '../../../../../../shared/api/methods/stats';
import { translate, type Language } from '../../../../../../shared/i18n';
import { chartNumber } from './chartNumbers';
import { CHART_COLORS, CHART_TEXT, type ChartOption } from './echarts';

/** Bucket width in minutes: single minutes for short waits, wider steps so long ones still fit. */
function bucketWidth(maxMinute: number): number {
  if (maxMinute <= 30) return 1;
  if (maxMinute <= 150) return 5;
  return 15;
}

/** How many served visitors waited how long (minutes from taking the number to the last call). */
export function histogramOption(lang: Language, stats: StatsView): ChartOption {
  const maxMinute = Math.max(0, ...stats.waitHistogram.map((b) => b.minute));
  const width = bucketWidth(maxMinute);
  const counts = new Array<number>(Math.floor(maxMinute / width) + 1).fill(0);
  for (const { minute, n } of stats.waitHistogram) {
    const i = Math.floor(minute / width);
    counts[i] = (counts[i] ?? 0) + n;
  }
  const labels = counts.map((_, i) => (width === 1 ? String(i) : `${i * width}–${i * width + width - 1}`));
  const axisText = CHART_TEXT;
  const number = chartNumber(lang, 0);
  return {
    grid: { left: 64, right: 16, top: 16, bottom: 48 },
    tooltip: { trigger: 'axis', valueFormatter: number },
    xAxis: { type: 'category', data: labels, name: translate(lang, 'supervisor.unit.minutesWord'), nameLocation: 'middle', nameGap: 28, nameTextStyle: axisText, axisLabel: axisText },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { ...axisText, formatter: number }, splitLine: { lineStyle: { color: CHART_COLORS.line } } },
    series: [{ type: 'bar', name: translate(lang, 'supervisor.stats.chart.histogramSeries'), data: counts, itemStyle: { color: CHART_COLORS.blue }, barCategoryGap: '10%' }],
  };
}
