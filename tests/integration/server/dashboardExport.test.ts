import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, BACKENDS, CityServerHarness } from './cityServerHarness';
import { dayCounters } from './dashboardSeed';

/**
 * The city dashboard over a range and its CSV/XLSX export: the files hold the figures the dashboard
 * shows (per office, and per office per day), CSV fields are escaped and guarded against formulas, the
 * workbook reads back with the same numbers, and nobody without an admin session gets a file.
 * Monday 30 November 2026, 11:00 in Kupang (UTC+8).
 */
const NOW = Date.UTC(2026, 10, 30, 3, 0);
const FROM = '2026-11-24';
const TO = '2026-11-30';
const RANGE = `from=${FROM}&to=${TO}&target=15`;
const TRICKY = '=Kantor "A", Kupang';

const round = (v: number | null, digits: number) => (v === null ? null : Number(v.toFixed(digits)));

describe.each(BACKENDS)('city dashboard and its export (%s)', (backend) => {
  let city: CityServerHarness;
  let cookie = '';

  const get = (path: string, withCookie = true) => fetch(`${city.url}${path}`, { headers: withCookie ? { cookie } : {}, redirect: 'manual' });
  const csv = async (table: 'kantor' | 'harian', range = RANGE) => {
    const res = await get(`/admin/dashboard/export.csv?${range}&table=${table}`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A byte-order mark first (fetch's text() would hide it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { res, text, rows: Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data };
  };
  const signIn = async () => {
    const res = await fetch(`${city.url}/admin/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'admin', password: ADMIN_PASSWORD }),
      redirect: 'manual',
    });
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const api = async (from: string, to: string) => (await (await get(`/admin/api/dashboard?from=${from}&to=${to}&target=15`)).json()) as { offices: any[] };

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, NOW);
    await city.createOffice('kel-a', TRICKY);
    await city.createOffice('kel-b', 'Kelurahan B');
    await city.createOffice('kel-c', 'Kelurahan C');
    const a = await city.enrol('kel-a');
    const b = await city.enrol('kel-b');
    const pushed = [
      await city.push(a, [...dayCounters('2026-11-28', { issued: 20, served: 18, noShow: 1, waitSeconds: 600, within15: 15, skm: { respondents: 4, fours: 2 } }), ...dayCounters('2026-11-30', { issued: 30, served: 25, noShow: 2, waitSeconds: 900, within15: 20 })], 1),
      // Two services and a priority ticket on one day: the daily figures fold them as the period does.
      await city.push(b, [
        ...dayCounters('2026-11-30', { issued: 10, served: 9, noShow: 0, waitSeconds: 1200, within15: 3 }),
        { date: '2026-11-30', metric: 'tickets.issued.AKTA.lansia', value: 4 },
        { date: '2026-11-30', metric: 'tickets.served.AKTA.lansia', value: 4 },
        { date: '2026-11-30', metric: 'wait.sum_s.AKTA', value: 4 * 300 },
        { date: '2026-11-30', metric: 'wait.count.AKTA', value: 4 },
        { date: '2026-11-30', metric: 'wait.hist.AKTA.le5', value: 4 },
        { date: '2026-11-30', metric: 'service.sum_s.AKTA', value: 4 * 600 },
        { date: '2026-11-30', metric: 'service.count.AKTA', value: 4 },
      ], 1),
      // Outside the range: never in its figures.
      await city.push(b, dayCounters('2026-11-20', { issued: 99, served: 99, noShow: 0, waitSeconds: 60, within15: 99 }), 2),
    ];
    for (const r of pushed) expect(r.status, JSON.stringify(r.json)).toBe(200);
    cookie = await signIn();
  }, 30_000);

  afterAll(async () => {
    await city?.close();
  });

  it('exports per office exactly the figures the dashboard shows for the range', async () => {
    const { res, text, rows } = await csv('kantor');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="loket-dasbor-kota-kantor-${FROM}_${TO}.csv"`);
    expect(text.startsWith('\uFEFFDari,Sampai,Id kantor,Kantor,Tiket,')).toBe(true);
    const [header, ...body] = rows;
    const col = (name: string) => header!.indexOf(name);
    const { offices } = await api(FROM, TO);
    expect(body.map((r) => r[col('Id kantor')])).toEqual(offices.map((o) => o.officeId));
    for (const o of offices) {
      const row = body.find((r) => r[col('Id kantor')] === o.officeId)!;
      const num = (name: string) => (row[col(name)] === '' ? null : Number(row[col(name)]));
      expect(num('Tiket')).toBe(o.issued);
      expect(num('Dilayani')).toBe(o.served);
      expect(num('Tidak hadir')).toBe(o.noShow);
      expect(num('Rata-rata tunggu (menit)')).toBe(round(o.meanWaitMinutes, 1));
      expect(num('Tingkat layanan (%)')).toBe(o.serviceLevel === null ? null : round(o.serviceLevel * 100, 1));
      expect(num('IKM (konversi)')).toBe(o.ikm ? round(o.ikm.konversi, 2) : null);
    }
    const a = body.find((r) => r[col('Id kantor')] === 'kel-a')!;
    // 35,700 s over 46 calls; 35 of 46 within 15 minutes; the 20th of November left out of kel-b.
    expect([a[col('Tiket')], a[col('Rata-rata tunggu (menit)')], a[col('Tingkat layanan (%)')]]).toEqual(['50', '12.9', '76.1']);
    // kel-b: 14 tickets, 13 calls waiting 9 × 20 min + 4 × 5 min, 3 + 4 of them within 15 minutes.
    const b = body.find((r) => r[col('Id kantor')] === 'kel-b')!;
    expect([b[col('Tiket')], b[col('Rata-rata tunggu (menit)')], b[col('Tingkat layanan (%)')]]).toEqual(['14', '15.4', '53.8']);
  });

  it('exports per office per day the figures of each day on its own, only days with figures', async () => {
    const { rows } = await csv('harian');
    const [header, ...body] = rows;
    expect(header!.slice(0, 4)).toEqual(['Tanggal', 'Id kantor', 'Kantor', 'Tiket']);
    expect(body.map((r) => `${r[0]} ${r[1]}`)).toEqual(['2026-11-28 kel-a', '2026-11-30 kel-a', '2026-11-30 kel-b']);
    for (const row of body) {
      const day = (await api(row[0]!, row[0]!)).offices.find((o) => o.officeId === row[1])!;
      expect(row.slice(3, 6).map(Number)).toEqual([day.issued, day.served, day.noShow]);
      expect(Number(row[header!.indexOf('Rata-rata tunggu (menit)')])).toBe(round(day.meanWaitMinutes, 1));
      expect(Number(row[header!.indexOf('Tingkat layanan (%)')])).toBe(round(day.serviceLevel * 100, 1));
    }
  });

  it('quotes commas and quotes and keeps a name that starts like a formula as text', async () => {
    const { text, rows } = await csv('kantor');
    expect(text).toContain(`"'=Kantor ""A"", Kupang"`);
    expect(rows.find((r) => r[2] === 'kel-a')![3]).toBe(`'${TRICKY}`);
  });

  it('writes a workbook that reads back with the same numbers as the CSV files', async () => {
    const res = await get(`/admin/dashboard/export.xlsx?${RANGE}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="loket-dasbor-kota-semua-${FROM}_${TO}.xlsx"`);
    const sheets = await readXlsxFile(Buffer.from(await res.arrayBuffer()));
    expect(sheets.map((s) => s.sheet)).toEqual(['Per kantor', 'Per kantor per hari']);
    for (const [i, table] of (['kantor', 'harian'] as const).entries()) {
      const { rows } = await csv(table);
      const data = sheets[i]!.data;
      expect(data[0]).toEqual(rows[0]);
      expect(data).toHaveLength(rows.length);
      data.slice(1).forEach((row, r) =>
        row.forEach((cell, c) => {
          const fromCsv = rows[r + 1]![c]!;
          if (typeof cell === 'number') expect(cell).toBe(Number(fromCsv));
          else if (cell === null) expect(fromCsv).toBe('');
          // A workbook cell is text, never a formula: the office's name as it is.
          else expect(fromCsv).toBe(String(cell).startsWith('=') ? `'${String(cell)}` : String(cell));
        }),
      );
    }
    expect(sheets[0]!.data.find((r) => r[2] === 'kel-a')![3]).toBe(TRICKY);
  });

  it('gives no file and no figures without an admin session', async () => {
    for (const path of [`/admin/dashboard/export.csv?${RANGE}&table=kantor`, `/admin/dashboard/export.xlsx?${RANGE}`, `/admin/dashboard?${RANGE}`]) {
      for (const headers of [{}, { cookie: 'loket_admin=not-a-session' }]) {
        const res = await fetch(`${city.url}${path}`, { headers, redirect: 'manual' });
        expect(res.status, path).toBe(303);
        expect(res.headers.get('location')).toBe('/admin/signin');
        expect(res.headers.get('content-disposition')).toBeNull();
      }
    }
  });

  it('shows the charts, the rankings worst first and the offices whose last push is old, without inline script', async () => {
    const res = await get(`/admin/dashboard?${RANGE}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await res.text();
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(page).toContain('data-preset="7-hari" aria-current="true"');
    for (const chart of ['trend-tickets', 'trend-wait', 'trend-service', 'rank-wait', 'rank-service', 'rank-ikm']) expect(page).toContain(`data-chart="${chart}"`);
    // kel-b waits 15.4 minutes, kel-a 12.9: the longest wait first.
    const waitRanking = page.slice(page.indexOf('data-chart="rank-wait"'), page.indexOf('data-chart="rank-service"'));
    expect([...waitRanking.matchAll(/data-rank="\d+" data-office="([\w-]+)"/g)].map((m) => m[1])).toEqual(['kel-b', 'kel-a']);
    expect(waitRanking).toContain('15,4 mnt');
    const stale = page.slice(page.indexOf('data-stale-list'), page.indexOf('id="trend-h"'));
    expect(stale).toContain('data-stale="kel-c"');
    expect(stale).toContain('belum ada kios');
    expect(stale).not.toContain('data-stale="kel-a"');
    expect(page).toContain('=Kantor &quot;A&quot;, Kupang');
  });

  it('lists an office whose kiosk last pushed more than a day ago, with how long ago', async () => {
    city.nowMs = NOW + 3 * 86_400_000;
    const before = cookie;
    cookie = await signIn();
    try {
      const page = await (await get(`/admin/dashboard?${RANGE}`)).text();
      const stale = page.slice(page.indexOf('data-stale-list'), page.indexOf('id="trend-h"'));
      expect(stale).toContain('data-stale="kel-a"');
      expect(stale).toMatch(/data-stale="kel-a">.*?3 hari lalu/s);
    } finally {
      city.nowMs = NOW;
      cookie = before;
    }
  });
});
