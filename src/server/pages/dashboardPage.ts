import { addDays } from '../../shared/time/localTime';
import type { OfficeBookingReport } from '../services/bookingFacts';
import type { CityDashboard, OfficePush } from '../services/cityDashboard';
import { SERVICE_LEVEL_TARGETS, type OfficeFigures, type OfficeReport } from '../services/cityReport';
import { adminFrame } from './adminFrame';
import { barChart, lineChart, seriesStyle, type LineSeries } from './charts';
import { formatNumber, formatOptional, formatPercent } from './format';
import { html, type SafeHtml } from './html';

export interface RangePreset {
  key: 'hari-ini' | '7-hari' | '30-hari' | 'semester';
  label: string;
  from: string;
  to: string;
}

/** The picker's ready ranges, all ending today; the SKM semester runs January–June or July–December. */
export function rangePresets(today: string): RangePreset[] {
  const semesterStart = `${today.slice(0, 4)}-${Number(today.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
  return [
    { key: 'hari-ini', label: 'Hari ini', from: today, to: today },
    { key: '7-hari', label: '7 hari', from: addDays(today, -6), to: today },
    { key: '30-hari', label: '30 hari', from: addDays(today, -29), to: today },
    { key: 'semester', label: 'Semester ini', from: semesterStart, to: today },
  ];
}

export interface DashboardView {
  today: string;
  timeZone: string;
  now: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
/** "30 Nov 2026" */
const longDate = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/** "12 menit lalu": how old an office's figures are at the city. */
export function ageText(at: Date, now: number): string {
  const minutes = Math.floor(Math.max(0, now - at.getTime()) / 60_000);
  if (minutes < 1) return 'baru saja';
  if (minutes < 60) return `${minutes} menit lalu`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} jam lalu`;
  return `${Math.floor(minutes / (24 * 60))} hari lalu`;
}

/** The figures' cells of an office or one of its agencies. */
function figureCells(f: Omit<OfficeFigures, 'officeId' | 'officeName'>): SafeHtml {
  return html`<td class="num">${formatNumber(f.issued)}</td><td class="num">${formatNumber(f.served)}</td><td class="num">${formatNumber(f.noShow)}</td>
      <td class="num">${formatOptional(f.meanWaitMinutes, 1, ' mnt')}</td><td class="num">${formatPercent(f.serviceLevel)}</td>
      <td class="num">${f.ikm ? html`${formatNumber(f.ikm.konversi, 2)} <span class="mutu">(${f.ikm.category.mutu})</span>` : '—'}</td>
      <td class="num">${f.ikm ? formatNumber(f.ikm.respondents) : '0'}</td>
      <td class="num">${f.quick.mean === null ? '—' : html`${formatNumber(f.quick.mean, 2)} <small>/4 · ${formatNumber(f.quick.responses)}</small>`}</td>`;
}

/** An office's row, followed by a row per agency when it has agencies (a Mal Pelayanan Publik). */
function officeRow(o: OfficeReport): SafeHtml {
  const name = html`<td><a href="/admin/offices/${o.officeId}">${o.officeName}</a>${o.quarantined ? html` <span class="pill warn">sebagian hari dikarantina</span>` : ''}</td>`;
  if (o.status === 'under_review') {
    return html`<tr data-office="${o.officeId}" data-status="under_review">${name}<td colspan="8"><span class="err">Data sedang ditinjau: ${o.reason}.</span>
      <small>Karantina hari-hari itu di halaman kantor agar angka lainnya tampil lagi.</small></td></tr>`;
  }
  const agencies = (o.agencies ?? []).map(
    (a) => html`<tr class="agency" data-office="${o.officeId}" data-agency="${a.agency.id}"><th scope="row"><span aria-hidden="true">↳ </span>${a.agency.shortName}
      <small>${a.agency.name.id}</small></th>${figureCells(a)}</tr>`,
  );
  return html`<tr data-office="${o.officeId}"${o.agencies ? html` class="has-agencies"` : ''}>${name}
      ${figureCells(o)}</tr>${agencies}`;
}

function bookingRow(b: OfficeBookingReport, now: number): SafeHtml {
  const notCheckedIn = b.notCheckedIn === null ? '—' : html`${formatNumber(b.notCheckedIn)}${b.missed ? html` <small>(${formatNumber(b.missed)} lewat waktu)</small>` : ''}`;
  return html`<tr data-booking-office="${b.officeId}"><td>${b.officeName}</td>
      <td class="num">${formatNumber(b.bookings)}</td><td class="num">${formatNumber(b.checkIns)}</td><td class="num">${formatPercent(b.bookedShare)}</td>
      <td class="num">${formatOptional(b.bookedWaitMinutes, 1, ' mnt')}</td><td class="num">${formatOptional(b.walkInWaitMinutes, 1, ' mnt')}</td>
      <td class="num">${b.bookedNoShows === null ? '—' : formatNumber(b.bookedNoShows)}</td><td class="num">${notCheckedIn}</td>
      <td>${b.receivedAt ? html`<time datetime="${b.receivedAt.toISOString()}">data ${ageText(b.receivedAt, now)}</time>` : html`<small>belum ada data dari kantor</small>`}</td></tr>`;
}

/** Bookings from home per office: what the city booked, and what the offices report of check-ins and waits. */
function bookingSection(bookings: readonly OfficeBookingReport[], now: number): SafeHtml {
  return html`<section class="panel" aria-labelledby="booking-h"><h2 id="booking-h">Booking dari rumah <small>(bookings from home)</small></h2>
    <p class="lead">Booking dan check-in dari data kota; porsi, waktu tunggu dan yang tidak datang dari angka yang dikirim kantor setiap sinkronisasi
    (kantor tanpa jaringan mengirimnya begitu tersambung lagi). Tunggu booking dihitung dari check-in di kios sampai dipanggil.</p>
    <div class="wide"><table class="data" data-bookings><thead><tr><th scope="col">Kantor</th><th scope="col" class="num">Booking</th><th scope="col" class="num">Check-in</th><th scope="col" class="num">Porsi tiket booking</th><th scope="col" class="num">Rata-rata tunggu booking</th>
    <th scope="col" class="num">Rata-rata tunggu tanpa booking</th><th scope="col" class="num">Booking tidak hadir saat dipanggil</th><th scope="col" class="num">Booking tidak check-in</th><th scope="col">Angka kantor diterima</th></tr></thead>
    <tbody>${bookings.map((b) => bookingRow(b, now))}</tbody></table></div></section>`;
}

/** The range picker: ready ranges, any from/to, the wait target, and the downloads of what is shown. */
function rangeSection(d: CityDashboard, view: DashboardView): SafeHtml {
  const presets = rangePresets(view.today);
  const query = (from: string, to: string) => `?from=${from}&to=${to}&target=${d.target}`;
  const current = presets.find((p) => p.from === d.from && p.to === d.to);
  const targets = SERVICE_LEVEL_TARGETS.map((t) => html`<option value="${t}" ${t === d.target ? 'selected' : ''}>≤ ${t} menit</option>`);
  const q = query(d.from, d.to);
  return html`<section class="panel" aria-label="Periode">
    <div class="range">
      <div><div class="muted" id="presets-l"><strong>Periode</strong></div>
        <ul class="presets" aria-labelledby="presets-l">${presets.map(
          (p) => html`<li><a href="/admin/dashboard${query(p.from, p.to)}" data-preset="${p.key}" aria-current="${p === current ? 'true' : 'false'}">${p.label}</a></li>`,
        )}</ul></div>
      <form class="custom" method="get" action="/admin/dashboard">
        <label class="field">Dari <input type="date" name="from" value="${d.from}" max="${view.today}" required></label>
        <label class="field">Sampai <input type="date" name="to" value="${d.to}" max="${view.today}" required></label>
        <label class="field">Target tunggu <select name="target">${targets}</select></label>
        <button>Tampilkan</button></form>
      <div class="exports" aria-label="Unduh angka periode ini">
        <a class="button secondary" href="/admin/dashboard/export.csv${q}&table=kantor" download data-export="csv-kantor">CSV per kantor</a>
        <a class="button secondary" href="/admin/dashboard/export.csv${q}&table=harian" download data-export="csv-harian">CSV per hari</a>
        <a class="button" href="/admin/dashboard/export.xlsx${q}" download data-export="xlsx">Unduh XLSX</a></div>
    </div>
    <p class="period" data-period>${current ? html`<strong>${current.label}</strong> · ` : ''}<strong>${longDate(d.from)}</strong>${d.from === d.to ? '' : html` s.d. <strong>${longDate(d.to)}</strong>`}
      (${formatNumber(d.days.length)} hari) · tingkat layanan: dipanggil dalam ≤ ${d.target} menit</p></section>`;
}

const ok = (offices: readonly OfficeReport[]) => offices.filter((o): o is Extract<OfficeReport, { status: 'ok' }> => o.status === 'ok');

function headline(d: CityDashboard): SafeHtml {
  const figures = ok(d.offices);
  const issued = figures.reduce((s, o) => s + o.issued, 0);
  const served = figures.reduce((s, o) => s + o.served, 0);
  const reporting = figures.filter((o) => o.issued > 0).length;
  const stale = d.pushes.filter((p) => p.stale).length;
  return html`<ul class="kpis" aria-label="Ringkasan periode">
    <li class="kpi"><span class="v">${formatNumber(issued)}</span><span class="k">Tiket diambil</span></li>
    <li class="kpi"><span class="v">${formatNumber(served)}</span><span class="k">Dilayani</span></li>
    <li class="kpi"><span class="v">${formatNumber(reporting)} / ${formatNumber(d.offices.length)}</span><span class="k">Kantor dengan tiket</span></li>
    <li class="kpi ${stale ? 'alert' : ''}" data-kpi="stale"><span class="v">${formatNumber(stale)}</span><span class="k">Kantor dengan kiriman lama (&gt; 24 jam)</span></li></ul>`;
}

function staleItem(p: OfficePush, view: DashboardView): SafeHtml {
  const when = (d: Date) => new Intl.DateTimeFormat('id-ID', { timeZone: view.timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(d);
  const link = html`<a href="/admin/offices/${p.officeId}">${p.officeName}</a>`;
  if (p.kiosks === 0) {
    return html`<li class="never" data-stale="${p.officeId}"><span class="name">${link}</span><span class="age">belum ada kios</span>
      <span class="todo">Buat kode pendaftaran di halaman kantor, lalu di kios: Supervisor → Sinkronisasi → alamat server + kode.</span></li>`;
  }
  if (!p.lastPushAt) {
    return html`<li class="never" data-stale="${p.officeId}"><span class="name">${link}</span><span class="age">belum pernah mengirim</span>
      <span class="todo">Kios terdaftar tetapi tidak pernah mengirim: periksa jaringan kantor, lalu di kios: Supervisor → Sinkronisasi → Kirim sekarang.</span></li>`;
  }
  return html`<li data-stale="${p.officeId}"><span class="name">${link}</span><span class="age"><time datetime="${p.lastPushAt.toISOString()}">${ageText(p.lastPushAt, view.now)}</time></span>
    <span class="todo">Kiriman terakhir ${when(p.lastPushAt)}. Tanyakan ke kantor: kios menyala dan ada internet? Di kios: Supervisor → Sinkronisasi → Kirim sekarang.
    Tanpa internet (mobil keliling): Ekspor ke USB dan impor berkasnya di <a href="/admin/import">Impor USB</a>.</span></li>`;
}

function staleSection(d: CityDashboard, view: DashboardView): SafeHtml {
  const stale = d.pushes.filter((p) => p.stale);
  return html`<section class="panel" aria-labelledby="stale-h" data-stale-list><h2 id="stale-h">Kiriman lama <small>(offices whose last push is old)</small></h2>
    ${stale.length
      ? html`<p class="lead">Angka kantor ini di dasbor mungkin tertinggal: kiosnya tidak mengirim dalam 24 jam terakhir (terlama dulu).</p><ul class="stale">${stale.map((p) => staleItem(p, view))}</ul>`
      : html`<p class="ok" data-stale-none>Semua kantor mengirim angkanya dalam 24 jam terakhir.</p>`}</section>`;
}

function legend(names: readonly string[]): SafeHtml {
  return html`<ul class="legend" aria-label="Warna garis per kantor">${names.map((n, i) => {
    const { colour, dash } = seriesStyle(i);
    return html`<li><svg viewBox="0 0 36 12" aria-hidden="true"><line x1="0" x2="36" y1="6" y2="6" stroke="${colour}" stroke-width="4" ${dash ? html`stroke-dasharray="${dash}"` : ''}/></svg>${n}</li>`;
  })}</ul>`;
}

const minutes = (v: number) => `${formatNumber(v, 1)} mnt`;
const percentLabel = (v: number) => `${formatNumber(v, v % 1 === 0 ? 0 : 1)} %`;

function trendSection(d: CityDashboard): SafeHtml {
  // Offices with figures on at least one day of the range; a day without figures is a gap, not a zero.
  const offices = ok(d.offices).filter((o) => (d.daily.get(o.officeId) ?? []).some((day) => day.report !== null));
  const series = (pick: (r: OfficeReport) => number | null): LineSeries[] =>
    offices.map((o) => ({ name: o.officeName, values: (d.daily.get(o.officeId) ?? []).map((day) => (day.report?.status === 'ok' ? pick(day.report) : null)) }));
  const span = d.from === d.to ? longDate(d.from) : `${longDate(d.from)} s.d. ${longDate(d.to)}`;
  if (offices.length === 0) {
    return html`<section class="panel" aria-labelledby="trend-h"><h2 id="trend-h">Tren harian per kantor</h2><p class="empty">Belum ada angka kantor untuk periode ini.</p></section>`;
  }
  return html`<section class="panel" aria-labelledby="trend-h"><h2 id="trend-h">Tren harian per kantor <small>(daily trend per office; hari tanpa angka tidak bergaris)</small></h2>
    ${legend(offices.map((o) => o.officeName))}
    <div class="grid3">
    ${lineChart({
      id: 'trend-tickets',
      title: 'Tiket per hari',
      description: `Jumlah tiket yang diambil setiap hari per kantor, ${span}.`,
      days: d.days,
      series: series((r) => (r.status === 'ok' ? r.issued : null)),
      format: (v) => formatNumber(v, v % 1 === 0 ? 0 : 1),
      unit: 'tiket',
    })}
    ${lineChart({
      id: 'trend-wait',
      title: 'Rata-rata tunggu per hari (menit)',
      description: `Rata-rata waktu tunggu sampai dipanggil setiap hari per kantor, ${span}; hari tanpa panggilan tidak bergaris.`,
      days: d.days,
      series: series((r) => (r.status === 'ok' ? r.meanWaitMinutes : null)),
      format: (v) => formatNumber(v, v % 1 === 0 ? 0 : 1),
      unit: 'menit',
    })}
    ${lineChart({
      id: 'trend-service',
      title: `Tingkat layanan per hari (≤ ${d.target} menit)`,
      description: `Porsi pengunjung yang dipanggil dalam ${d.target} menit setiap hari per kantor, ${span}.`,
      days: d.days,
      series: series((r) => (r.status === 'ok' && r.serviceLevel !== null ? r.serviceLevel * 100 : null)),
      top: 100,
      format: percentLabel,
      unit: '%',
    })}
    </div></section>`;
}

function rankingSection(d: CityDashboard): SafeHtml {
  const offices = ok(d.offices);
  const items = (pick: (o: (typeof offices)[number]) => number | null) => offices.map((o) => ({ id: o.officeId, label: o.officeName, value: pick(o) }));
  return html`<section class="panel" aria-labelledby="rank-h"><h2 id="rank-h">Peringkat kantor <small>(yang perlu perhatian di atas)</small></h2>
    <div class="grid3">
    ${barChart({
      id: 'rank-wait',
      title: 'Rata-rata tunggu, terlama dulu',
      description: 'Kantor diurutkan dari rata-rata waktu tunggu terlama ke tersingkat pada periode ini.',
      items: items((o) => o.meanWaitMinutes),
      worst: 'highest',
      format: minutes,
      unit: 'Rata-rata tunggu',
      none: 'belum ada panggilan',
    })}
    ${barChart({
      id: 'rank-service',
      title: `Tingkat layanan (≤ ${d.target} menit), terendah dulu`,
      description: `Kantor diurutkan dari porsi pengunjung yang dipanggil dalam ${d.target} menit terendah ke tertinggi.`,
      items: items((o) => (o.serviceLevel === null ? null : o.serviceLevel * 100)),
      worst: 'lowest',
      top: 100,
      format: percentLabel,
      unit: 'Tingkat layanan',
      none: 'belum ada panggilan',
    })}
    ${barChart({
      id: 'rank-ikm',
      title: 'IKM, terendah dulu',
      description: 'Kantor diurutkan dari nilai IKM (konversi, 25–100) terendah ke tertinggi pada periode ini.',
      items: items((o) => (o.ikm ? o.ikm.konversi : null)),
      worst: 'lowest',
      top: 100,
      format: (v) => formatNumber(v, 2),
      unit: 'IKM',
      none: 'belum ada jawaban SKM',
    })}
    </div></section>`;
}

function figuresSection(d: CityDashboard): SafeHtml {
  return html`<section class="panel" aria-labelledby="figures-h"><h2 id="figures-h">Angka per kantor <small>(figures per office)</small></h2>
    <div class="wide"><table class="data" data-figures><thead><tr><th scope="col">Kantor</th><th scope="col" class="num">Tiket</th><th scope="col" class="num">Dilayani</th><th scope="col" class="num">Tidak hadir</th>
    <th scope="col" class="num">Rata-rata tunggu</th><th scope="col" class="num">Tingkat layanan (≤ ${d.target} mnt)</th><th scope="col" class="num">IKM</th><th scope="col" class="num">Responden SKM</th><th scope="col" class="num">Indeks cepat</th></tr></thead>
    <tbody>${d.offices.map(officeRow)}</tbody></table></div></section>`;
}

/** The city dashboard: the range picker, what needs attention, trends, rankings, every office's figures, bookings. */
export function dashboardPage(d: CityDashboard, view: DashboardView): string {
  const body = html`<h1>Dasbor kota <small>(city dashboard)</small></h1>
    ${rangeSection(d, view)}${headline(d)}${staleSection(d, view)}${trendSection(d)}${rankingSection(d)}${figuresSection(d)}${bookingSection(d.bookings, view.now)}`;
  return adminFrame('Dasbor kota', 'dashboard', body);
}
