import { html, type SafeHtml } from './html';

/**
 * The dashboard's charts as SVG drawn on the server: no script runs in the page (the CSP allows none
 * inline), and each chart comes with its figures as a table for screen readers and for copying.
 */

/** Line colours on the navy panels, told apart by dash pattern too once they repeat. */
export const SERIES_COLOURS = ['#f5b82e', '#7cc4ff', '#9be39b', '#ff9e80', '#d7a6ff', '#5ed1c9', '#f28dc0', '#ffffff'] as const;
const DASHES = ['', '8 5', '2 4'] as const;

export function seriesStyle(index: number): { colour: string; dash: string } {
  return { colour: SERIES_COLOURS[index % SERIES_COLOURS.length]!, dash: DASHES[Math.floor(index / SERIES_COLOURS.length) % DASHES.length]! };
}

/** A y axis from 0 to a round top (1, 2, 2.5 or 5 × 10^n per step) above `max`, in `steps` steps. */
export function niceScale(max: number, steps = 4): { top: number; ticks: number[] } {
  // Nothing to show yet: whole steps, so the empty axis reads 0, 1, 2 … rather than fractions.
  if (!(max > 0)) return { top: steps, ticks: Array.from({ length: steps + 1 }, (_, i) => i) };
  const raw = max / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks[steps]!, ticks };
}

/** x of each of `n` points spread over [left, right]; one point sits in the middle. */
export function xPositions(n: number, left: number, right: number): number[] {
  if (n === 1) return [(left + right) / 2];
  return Array.from({ length: n }, (_, i) => left + ((right - left) * i) / (n - 1));
}

/** An SVG path through the points, broken where a value is missing (a day without calls has no mean wait). */
export function linePath(points: readonly { x: number; y: number | null }[]): string {
  let path = '';
  let drawing = false;
  for (const p of points) {
    if (p.y === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
    drawing = true;
  }
  return path;
}

export interface RankItem {
  id: string;
  label: string;
  value: number | null;
}

/**
 * Worst first for the dashboard's rankings: the longest wait, the lowest service level or IKM. Offices
 * without the figure come last (and are said to have none); ties keep the label order.
 */
export function rankWorstFirst(items: readonly RankItem[], worst: 'highest' | 'lowest'): { ranked: RankItem[]; without: RankItem[] } {
  const sign = worst === 'highest' ? -1 : 1;
  const ranked = items.filter((i) => i.value !== null).sort((a, b) => sign * ((a.value as number) - (b.value as number)) || a.label.localeCompare(b.label));
  return { ranked, without: items.filter((i) => i.value === null) };
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface LineSeries {
  name: string;
  values: readonly (number | null)[];
}

interface LineChartInput {
  id: string;
  title: string;
  description: string;
  days: readonly string[];
  series: readonly LineSeries[];
  /** Fixed top of the y axis (100 for a percentage); otherwise a round number above the highest value. */
  top?: number;
  format: (value: number) => string;
  /** Header of the value columns in the data table, e.g. "tiket". */
  unit: string;
}

const W = 500;
const H = 280;
const PAD = { left: 52, right: 14, top: 14, bottom: 38 };

const dayLabel = (date: string) => `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`;

/** The day labels under the x axis: all of them for up to 10 days, else about 7 evenly spread. */
export function dayTicks(count: number): number[] {
  if (count <= 10) return Array.from({ length: count }, (_, i) => i);
  const every = Math.ceil((count - 1) / 6);
  const ticks = [];
  for (let i = 0; i < count; i += every) ticks.push(i);
  if (ticks[ticks.length - 1] !== count - 1 && count - 1 - ticks[ticks.length - 1]! >= every / 2) ticks.push(count - 1);
  return ticks;
}

/** One line per office over the days of the range, with its data table. */
export function lineChart(c: LineChartInput): SafeHtml {
  const highest = Math.max(0, ...c.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const scale = c.top === undefined ? niceScale(highest) : { top: c.top, ticks: [0, 0.25, 0.5, 0.75, 1].map((t) => t * (c.top as number)) };
  const xs = xPositions(c.days.length, PAD.left + 8, W - PAD.right - 8);
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / scale.top);
  const grid = scale.ticks.map(
    (t) => html`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/>
      <text class="tick" x="${PAD.left - 8}" y="${(y(t) + 5).toFixed(1)}" text-anchor="end">${c.format(t)}</text>`,
  );
  const xLabels = dayTicks(c.days.length).map((i) => html`<text class="tick" x="${xs[i]!.toFixed(1)}" y="${H - PAD.bottom + 22}" text-anchor="middle">${dayLabel(c.days[i]!)}</text>`);
  const dots = c.days.length <= 31;
  const lines = c.series.map((s, i) => {
    const { colour, dash } = seriesStyle(i);
    const points = s.values.map((v, d) => ({ x: xs[d]!, y: v === null ? null : y(v) }));
    const marks = dots ? points.filter((p) => p.y !== null).map((p) => html`<circle cx="${p.x.toFixed(1)}" cy="${(p.y as number).toFixed(1)}" r="4" fill="${colour}"/>`) : [];
    return html`<g data-series="${s.name}"><path d="${linePath(points)}" fill="none" stroke="${colour}" stroke-width="3" stroke-linejoin="round" ${dash ? html`stroke-dasharray="${dash}"` : ''}/>${marks}</g>`;
  });
  const rows = c.days.map((d, di) => html`<tr><th scope="row">${d}</th>${c.series.map((s) => html`<td class="num">${s.values[di] === null || s.values[di] === undefined ? '—' : c.format(s.values[di] as number)}</td>`)}</tr>`);
  return html`<figure class="chart" data-chart="${c.id}">
    <figcaption>${c.title}</figcaption>
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${c.id}-t ${c.id}-d"><title id="${c.id}-t">${c.title}</title><desc id="${c.id}-d">${c.description}</desc>
      ${grid}<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}"/>${xLabels}${lines}</svg>
    <details><summary>Tabel data</summary><div class="scroll"><table><caption>${c.title}</caption>
      <thead><tr><th scope="col">Tanggal</th>${c.series.map((s) => html`<th scope="col" class="num">${s.name} (${c.unit})</th>`)}</tr></thead><tbody>${rows}</tbody></table></div></details>
  </figure>`;
}

interface BarChartInput {
  id: string;
  title: string;
  description: string;
  items: readonly RankItem[];
  worst: 'highest' | 'lowest';
  top?: number;
  format: (value: number) => string;
  /** Header of the value column in the data table. */
  unit: string;
  /** What an office without the figure is told, e.g. "belum ada jawaban SKM". */
  none: string;
}

const BAR = { label: 270, bar: 200, right: 90, row: 38, gap: 8 };

/** Offices ranked worst first as horizontal bars, with the ranking as a table. */
export function barChart(c: BarChartInput): SafeHtml {
  const { ranked, without } = rankWorstFirst(c.items, c.worst);
  const top = c.top ?? niceScale(Math.max(0, ...ranked.map((r) => r.value as number))).top;
  const height = Math.max(1, ranked.length) * BAR.row + BAR.gap;
  const width = BAR.label + BAR.bar + BAR.right;
  const bars = ranked.map((r, i) => {
    const yTop = BAR.gap + i * BAR.row;
    const length = Math.max(2, (BAR.bar * (r.value as number)) / top);
    return html`<g data-rank="${i + 1}" data-office="${r.id}"><title>${r.label}: ${c.format(r.value as number)}</title>
      <text class="label" x="${BAR.label - 10}" y="${yTop + 22}" text-anchor="end">${i + 1}. ${shorten(r.label, 23)}</text>
      <rect x="${BAR.label}" y="${yTop + 3}" width="${length.toFixed(1)}" height="${BAR.row - 12}" rx="4" fill="${i === 0 ? '#f5b82e' : '#7cc4ff'}"/>
      <text class="value" x="${(BAR.label + length + 8).toFixed(1)}" y="${yTop + 22}">${c.format(r.value as number)}</text></g>`;
  });
  const svg = ranked.length
    ? html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${c.id}-t ${c.id}-d"><title id="${c.id}-t">${c.title}</title><desc id="${c.id}-d">${c.description}</desc>${bars}</svg>`
    : html`<p class="empty">Belum ada angka untuk periode ini.</p>`;
  const rows = ranked.map((r, i) => html`<tr><td class="num">${i + 1}</td><th scope="row">${r.label}</th><td class="num">${c.format(r.value as number)}</td></tr>`);
  return html`<figure class="chart" data-chart="${c.id}">
    <figcaption>${c.title}</figcaption>${svg}
    ${without.length ? html`<p class="without">Tanpa angka (${c.none}): ${without.map((w) => w.label).join(', ')}</p>` : ''}
    <details><summary>Tabel data</summary><table><caption>${c.title}</caption>
      <thead><tr><th scope="col" class="num">Peringkat</th><th scope="col">Kantor</th><th scope="col" class="num">${c.unit}</th></tr></thead><tbody>${rows}</tbody></table></details>
  </figure>`;
}
