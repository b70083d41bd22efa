import type { StatsView } from '../../../../../../shared/api/methods/stats';
import { LOCALES, translate, type Language } from '../../../../../../shared/i18n';
import { chartNumber } from './chartNumbers';
import { CHART_COLORS, CHART_TEXT, type ChartOption } from './echarts';

/** "Sen" … "Min": 1 January 2024 was a Monday. */
function weekdayNames(lang: Language): string[] {
  const format = new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i)));
}

/** Average arrivals per weekday and hour; only the hours in which anyone ever came, Monday on top. */
export function heatmapOption(lang: Language, stats: StatsView): ChartOption {
  const hours = stats.heatmap.map((c) => c.hour);
  const first = hours.length ? Math.min(...hours) : 8;
  const last = hours.length ? Math.max(...hours) : 15;
  const hourLabels = Array.from({ length: last - first + 1 }, (_, i) => `${String(first + i).padStart(2, '0')}`);
  const max = Math.max(1, ...stats.heatmap.map((c) => c.average));
  const axisText = CHART_TEXT;
  const number = chartNumber(lang, 1);
  return {
    grid: { left: 64, right: 16, top: 8, bottom: 72 },
    tooltip: { position: 'top', valueFormatter: number },
    xAxis: { type: 'category', data: hourLabels, name: translate(lang, 'supervisor.stats.hour'), nameLocation: 'middle', nameGap: 26, nameTextStyle: axisText, axisLabel: axisText, splitArea: { show: false } },
    yAxis: { type: 'category', data: weekdayNames(lang), inverse: true, axisLabel: axisText },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      itemWidth: 14,
      // The scale's two ends as numbers, so a colour reads as "about this many visitors an hour".
      text: [number(max), number(0)],
      textGap: 10,
      formatter: number,
      textStyle: { color: CHART_COLORS.text, fontSize: 14 },
      inRange: { color: [CHART_COLORS.cold, '#3f6db0', CHART_COLORS.accent, '#ff7a45'] },
      show: true,
    },
    series: [
      {
        type: 'heatmap',
        name: translate(lang, 'supervisor.stats.chart.heatmap'),
        data: stats.heatmap.map((c) => [c.hour - first, c.weekday - 1, Math.round(c.average * 10) / 10]),
        label: { show: true, color: CHART_COLORS.text, fontSize: 14, textBorderColor: '#081a33', textBorderWidth: 2, formatter: (p) => formatCell(lang, p.value) },
        itemStyle: { borderColor: '#0d2547', borderWidth: 1 },
      },
    ],
  };
}

function formatCell(lang: Language, value: unknown): string {
  const n = Array.isArray(value) ? Number(value[2]) : Number(value);
  return n > 0 ? chartNumber(lang, 1)(n) : '';
}
