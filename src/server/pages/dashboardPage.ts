import type { OfficeBookingReport } from '../services/bookingFacts';
import { SERVICE_LEVEL_TARGETS, type OfficeReport } from '../services/cityReport';
import { formatNumber, formatOptional, formatPercent } from './format';
import { html, page, type SafeHtml } from './html';

function officeRow(o: OfficeReport): SafeHtml {
  const name = html`<td><a href="/admin/offices/${o.officeId}">${o.officeName}</a>${o.quarantined ? html` <small>(sebagian hari dikarantina)</small>` : ''}</td>`;
  if (o.status === 'under_review') {
    return html`<tr data-office="${o.officeId}" data-status="under_review">${name}<td colspan="8" class="err">Data sedang ditinjau: ${o.reason}.
      <small>Karantina hari-hari itu di halaman kantor agar angka lainnya tampil lagi.</small></td></tr>`;
  }
  return html`<tr data-office="${o.officeId}">${name}
      <td class="num">${formatNumber(o.issued)}</td><td class="num">${formatNumber(o.served)}</td><td class="num">${formatNumber(o.noShow)}</td>
      <td class="num">${formatOptional(o.meanWaitMinutes, 1, ' mnt')}</td><td class="num">${formatPercent(o.serviceLevel)}</td>
      <td class="num">${o.ikm ? html`${formatNumber(o.ikm.konversi, 2)} (${o.ikm.category.mutu})` : '—'}</td>
      <td class="num">${o.ikm ? formatNumber(o.ikm.respondents) : '0'}</td>
      <td class="num">${o.quick.mean === null ? '—' : html`${formatNumber(o.quick.mean, 2)} <small>/4 · ${formatNumber(o.quick.responses)}</small>`}</td></tr>`;
}

/** "12 menit lalu": how old an office's figures are at the city. */
function ageText(at: Date, now: number): string {
  const minutes = Math.floor(Math.max(0, now - at.getTime()) / 60_000);
  if (minutes < 1) return 'baru saja';
  if (minutes < 60) return `${minutes} menit lalu`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} jam lalu`;
  return `${Math.floor(minutes / (24 * 60))} hari lalu`;
}

function bookingRow(b: OfficeBookingReport, now: number): SafeHtml {
  const notCheckedIn = b.notCheckedIn === null ? '—' : html`${formatNumber(b.notCheckedIn)}${b.missed ? html` <small>(${formatNumber(b.missed)} lewat waktu)</small>` : ''}`;
  return html`<tr data-booking-office="${b.officeId}"><td>${b.officeName}</td>
      <td class="num">${formatNumber(b.bookings)}</td><td class="num">${formatNumber(b.checkIns)}</td><td class="num">${formatPercent(b.bookedShare)}</td>
      <td class="num">${formatOptional(b.bookedWaitMinutes, 1, ' mnt')}</td><td class="num">${formatOptional(b.walkInWaitMinutes, 1, ' mnt')}</td>
      <td class="num">${b.bookedNoShows === null ? '—' : formatNumber(b.bookedNoShows)}</td><td class="num">${notCheckedIn}</td>
      <td class="age">${b.receivedAt ? html`<time datetime="${b.receivedAt.toISOString()}">data ${ageText(b.receivedAt, now)}</time>` : html`<small>belum ada data dari kantor</small>`}</td></tr>`;
}

/** Bookings from home per office: what the city booked, and what the offices report of check-ins and waits. */
function bookingSection(bookings: readonly OfficeBookingReport[], now: number): SafeHtml {
  return html`<h2>Booking dari rumah <small>(bookings from home)</small></h2>
    <p><small>Booking dan check-in dari data kota; porsi, waktu tunggu dan yang tidak datang dari angka yang dikirim kantor setiap sinkronisasi
    (kantor tanpa jaringan mengirimnya begitu tersambung lagi). Tunggu booking dihitung dari check-in di kios sampai dipanggil.</small></p>
    <table data-bookings><thead><tr><th>Kantor</th><th>Booking</th><th>Check-in</th><th>Porsi tiket booking</th><th>Rata-rata tunggu booking</th>
    <th>Rata-rata tunggu tanpa booking</th><th>Booking tidak hadir saat dipanggil</th><th>Booking tidak check-in</th><th>Angka kantor diterima</th></tr></thead>
    <tbody>${bookings.map((b) => bookingRow(b, now))}</tbody></table>`;
}

/** The city dashboard: every office side by side for a chosen range (today by default), then their bookings. */
export function dashboardPage(
  offices: readonly OfficeReport[],
  q: { from: string; to: string; target: number; today: string },
  bookings: readonly OfficeBookingReport[],
  now: number,
): string {
  const rows = offices.map(officeRow);
  const targets = SERVICE_LEVEL_TARGETS.map((t) => html`<option value="${t}" ${t === q.target ? 'selected' : ''}>≤ ${t} mnt</option>`);
  const body = html`<h1>Dasbor kota <small>(city dashboard)</small></h1>
    <form method="get"><label>Dari <input type="date" name="from" value="${q.from}"></label><label>Sampai <input type="date" name="to" value="${q.to}"></label>
    <label>Target tunggu <select name="target">${targets}</select></label><button>Tampilkan</button> <a href="/admin/dashboard">Hari ini (${q.today})</a></form>
    <p>Periode ${q.from} s.d. ${q.to}.</p>
    <table><thead><tr><th>Kantor</th><th>Tiket</th><th>Dilayani</th><th>Tidak hadir</th><th>Rata-rata tunggu</th><th>Tingkat layanan (≤ ${q.target} mnt)</th><th>IKM</th><th>Responden SKM</th><th>Indeks cepat</th></tr></thead>
    <tbody>${rows}</tbody></table>
    ${bookingSection(bookings, now)}`;
  return page('Dasbor kota', body, true);
}
