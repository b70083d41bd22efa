import { describe, expect, it } from 'vitest';
import { daysBetween, pushAges, STALE_PUSH_MS } from '../../../src/server/services/cityDashboard';
import { guardFormula, toCsv, type ExportTable } from '../../../src/server/services/dashboardExport';
import { barChart, dayTicks, lineChart, linePath, niceScale, rankWorstFirst, xPositions } from '../../../src/server/pages/charts';
import { rangePresets } from '../../../src/server/pages/dashboardPage';

describe('chart geometry', () => {
  it('puts a round top above the highest value, in even steps from zero', () => {
    expect(niceScale(142)).toEqual({ top: 200, ticks: [0, 50, 100, 150, 200] });
    expect(niceScale(17.4)).toEqual({ top: 20, ticks: [0, 5, 10, 15, 20] });
    expect(niceScale(0.9)).toEqual({ top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceScale(200).top).toBe(200);
    expect(niceScale(0)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
  });

  it('spreads points over the width, one point in the middle', () => {
    expect(xPositions(3, 0, 100)).toEqual([0, 50, 100]);
    expect(xPositions(1, 0, 100)).toEqual([50]);
  });

  it('breaks the line where a day has no value', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 1, y: 20 }, { x: 2, y: null }, { x: 3, y: 5 }, { x: 4, y: 6 }])).toBe('M0.0 10.0L1.0 20.0M3.0 5.0L4.0 6.0');
    expect(linePath([{ x: 0, y: null }])).toBe('');
  });

  it('labels every day of a week and about seven days of a longer range, always the first', () => {
    expect(dayTicks(7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const month = dayTicks(30);
    expect(month[0]).toBe(0);
    expect(month.length).toBeGreaterThanOrEqual(6);
    expect(month.length).toBeLessThanOrEqual(8);
    expect(month.at(-1)).toBeLessThanOrEqual(29);
  });
});

describe('rankings', () => {
  const items = [
    { id: 'a', label: 'Kantor A', value: 12 },
    { id: 'b', label: 'Kantor B', value: null },
    { id: 'c', label: 'Kantor C', value: 30 },
    { id: 'd', label: 'Kantor D', value: 12 },
  ];

  it('puts the worst first and the offices without the figure aside', () => {
    const wait = rankWorstFirst(items, 'highest');
    expect(wait.ranked.map((i) => i.id)).toEqual(['c', 'a', 'd']);
    expect(wait.without.map((i) => i.id)).toEqual(['b']);
    expect(rankWorstFirst(items, 'lowest').ranked.map((i) => i.id)).toEqual(['a', 'd', 'c']);
  });

  it('draws the bars in rank order, the longest for the highest value, with the ranking as a table', () => {
    const svg = barChart({ id: 'w', title: 'Tunggu', description: 'd', items, worst: 'highest', format: (v) => `${v} mnt`, unit: 'Tunggu', none: 'belum ada' }).value;
    const order = [...svg.matchAll(/data-rank="(\d)" data-office="(\w)"/g)].map((m) => m[2]);
    expect(order).toEqual(['c', 'a', 'd']);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBeCloseTo(widths[1]! * 2.5, 0);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<td class="num">1</td><th scope="row">Kantor C</th><td class="num">30 mnt</td>');
    expect(svg).toContain('Tanpa angka (belum ada): Kantor B');
  });

  it('escapes office names in the chart', () => {
    const svg = lineChart({ id: 't', title: 'T', description: 'd', days: ['2026-11-30'], series: [{ name: '<script>x</script>', values: [3] }], format: String, unit: 'tiket' }).value;
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('range presets and days', () => {
  it('ends every preset today; the semester starts in January or July', () => {
    const byKey = Object.fromEntries(rangePresets('2026-11-30').map((p) => [p.key, p]));
    expect(byKey['hari-ini']).toMatchObject({ from: '2026-11-30', to: '2026-11-30' });
    expect(byKey['7-hari']).toMatchObject({ from: '2026-11-24', to: '2026-11-30' });
    expect(byKey['30-hari']).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(byKey.semester).toMatchObject({ from: '2026-07-01', to: '2026-11-30' });
    expect(rangePresets('2026-03-02').find((p) => p.key === 'semester')?.from).toBe('2026-01-01');
    expect(daysBetween('2026-11-24', '2026-11-30')).toHaveLength(7);
    expect(daysBetween('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });
});

describe('offices whose last push is old', () => {
  it('lists offices never heard from first, then the oldest push; a push within a day is not old', () => {
    const now = Date.UTC(2026, 10, 30, 3);
    const list = pushAges(
      [
        { id: 'fresh', name: 'Fresh' },
        { id: 'old', name: 'Old' },
        { id: 'none', name: 'No kiosk' },
        { id: 'never', name: 'Never pushed' },
      ],
      [
        { officeId: 'fresh', lastPushAt: new Date(now - STALE_PUSH_MS + 60_000) },
        { officeId: 'old', lastPushAt: new Date(now - 3 * STALE_PUSH_MS) },
        { officeId: 'old', lastPushAt: new Date(now - 2 * STALE_PUSH_MS) },
        { officeId: 'never', lastPushAt: null },
      ],
      now,
    );
    expect(list.map((p) => [p.officeId, p.stale, p.kiosks])).toEqual([
      ['never', true, 1],
      ['none', true, 0],
      ['old', true, 2],
      ['fresh', false, 1],
    ]);
    expect(list[2]!.lastPushAt?.getTime()).toBe(now - 2 * STALE_PUSH_MS);
  });
});

describe('CSV', () => {
  const table: ExportTable = {
    id: 'kantor',
    sheet: 'Per kantor',
    header: ['Kantor', 'Tiket', 'Catatan'],
    rows: [
      ['Kelurahan "Oebobo", Kupang', 12.5, null],
      ['=HYPERLINK("http://x")', -3, 'baris\ndua'],
      ['+62 kantor', 0, '@SUM(A1)'],
      ['-kantor', 1, '\tTab'],
    ],
  };

  it('is RFC 4180 with a byte-order mark, CRLF rows and doubled quotes', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFFKantor,Tiket,Catatan\r\n')).toBe(true);
    expect(csv).toContain('"Kelurahan ""Oebobo"", Kupang",12.5,\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",-3,"baris\ndua"\r\n`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps text that starts like a formula as text, numbers as numbers', () => {
    const csv = toCsv(table);
    expect(csv).toContain("'+62 kantor,0,'@SUM(A1)\r\n");
    expect(csv).toContain("'-kantor,1,'\tTab\r\n");
    expect(guardFormula('Kelurahan Oebobo')).toBe('Kelurahan Oebobo');
    expect(guardFormula('=1+1')).toBe("'=1+1");
  });
});
