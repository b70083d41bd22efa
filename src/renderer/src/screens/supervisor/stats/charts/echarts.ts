import { BarChart, HeatmapChart, type BarSeriesOption, type HeatmapSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/** Only the echarts parts the statistics use, registered once; this module lives in the lazy statistics chunk. */
use([BarChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | HeatmapSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export { init };

/** Colours on the navy panels: text at ≥ 4.5:1 contrast, series told apart by more than hue alone. */
export const CHART_COLORS = {
  text: '#ffffff',
  soft: '#c9d5e6',
  line: '#1f4377',
  accent: '#f5b82e',
  blue: '#8fc1ff',
  target: '#c9d5e6',
  over: '#ff8a7a',
  cold: '#15335f',
} as const;

export const CHART_FONT = "'Noto Sans', 'DejaVu Sans', system-ui, sans-serif";

/** Every label on a chart: 14 px, read at arm's length on an office monitor. */
export const CHART_TEXT = { color: CHART_COLORS.soft, fontSize: 14 } as const;
