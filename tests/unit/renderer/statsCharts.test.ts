import { describe, expect, it } from 'vitest';
import type { StatsView } from '../../../src/shared/api/methods/stats';
import { chartNumber } from '../../../src/renderer/src/screens/supervisor/stats/charts/chartNumbers';
import { heatmapOption } from '../../../src/renderer/src/screens/supervisor/stats/charts/heatmapOption';
import { histogramOption } from '../../../src/renderer/src/screens/supervisor/stats/charts/histogramOption';
import { waitByServiceOption } from '../../../src/renderer/src/screens/supervisor/stats/charts/waitByServiceOption';

type Formatter = (value: unknown) => string;
const kpis = (waitMean: number | null, waitP90: number | null) => ({ waitMean, waitP90 }) as StatsView['byService'][number]['kpis'];
const stats = {
  byService: [
    { serviceCode: 'KTP', targetWaitMinutes: 20, kpis: kpis(12.5, 30) },
    { serviceCode: 'KK', targetWaitMinutes: 15, kpis: kpis(1500, 2000) },
  ],
  waitHistogram: [{ minute: 3, n: 1500 }],
  heatmap: [{ weekday: 1, hour: 9, average: 2.5 }],
} as unknown as StatsView;

const series = (option: ReturnType<typeof waitByServiceOption>) => option.series as { name: string; data: unknown[]; itemStyle: { color: string } }[];

describe('the statistics charts', () => {
  it('write numbers the Indonesian way: 1.500 and 2,5', () => {
    expect(chartNumber('id', 0)(1500)).toBe('1.500');
    expect(chartNumber('id', 1)(2.5)).toBe('2,5');
    expect(chartNumber('en', 0)(1500)).toBe('1,500');
    const histogram = histogramOption('id', stats) as { yAxis: { axisLabel: { formatter: Formatter } }; tooltip: { valueFormatter: Formatter } };
    expect(histogram.yAxis.axisLabel.formatter(1500)).toBe('1.500');
    expect(histogram.tooltip.valueFormatter(1500)).toBe('1.500');
    const waits = waitByServiceOption('id', stats, null) as { yAxis: { axisLabel: { formatter: Formatter } } };
    expect(waits.yAxis.axisLabel.formatter(1500)).toBe('1.500');
  });

  it('give each colour the bars use its own legend entry: a mean over the target is red in the bars and in the legend', () => {
    const [within, over] = series(waitByServiceOption('id', stats, null));
    expect(within).toMatchObject({ name: 'Tunggu rata-rata', data: [12.5, null], itemStyle: { color: '#f5b82e' } });
    expect(over).toMatchObject({ name: 'Tunggu rata-rata di atas target', data: [null, 1500], itemStyle: { color: '#ff8a7a' } });
    // No bar carries a colour of its own that the legend would not show.
    for (const s of series(waitByServiceOption('id', stats, null))) for (const d of s.data) expect(typeof d === 'object' && d !== null).toBe(false);
  });

  it('label the heatmap at 14 px with its cells and both ends of its scale as numbers', () => {
    const option = heatmapOption('id', stats) as {
      xAxis: { axisLabel: { fontSize: number } };
      yAxis: { axisLabel: { fontSize: number } };
      visualMap: { text: string[]; textStyle: { fontSize: number } };
      series: { label: { fontSize: number; formatter: (p: { value: unknown }) => string } }[];
    };
    expect(option.xAxis.axisLabel.fontSize).toBeGreaterThanOrEqual(14);
    expect(option.yAxis.axisLabel.fontSize).toBeGreaterThanOrEqual(14);
    expect(option.series[0]!.label.fontSize).toBeGreaterThanOrEqual(14);
    expect(option.series[0]!.label.formatter({ value: [0, 0, 2.5] })).toBe('2,5');
    expect(option.visualMap.text).toEqual(['2,5', '0']);
    expect(option.visualMap.textStyle.fontSize).toBeGreaterThanOrEqual(14);
  });
});
