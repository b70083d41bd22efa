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

/** The city dashboard: every office side by side for a chosen range (today by default). */
export function dashboardPage(offices: readonly OfficeReport[], q: { from: string; to: string; target: number; today: string }): string {
  const rows = offices.map(officeRow);
  const targets = SERVICE_LEVEL_TARGETS.map((t) => html`<option value="${t}" ${t === q.target ? 'selected' : ''}>≤ ${t} mnt</option>`);
  const body = html`<h1>Dasbor kota <small>(city dashboard)</small></h1>
    <form method="get"><label>Dari <input type="date" name="from" value="${q.from}"></label><label>Sampai <input type="date" name="to" value="${q.to}"></label>
    <label>Target tunggu <select name="target">${targets}</select></label><button>Tampilkan</button> <a href="/admin/dashboard">Hari ini (${q.today})</a></form>
    <p>Periode ${q.from} s.d. ${q.to}.</p>
    <table><thead><tr><th>Kantor</th><th>Tiket</th><th>Dilayani</th><th>Tidak hadir</th><th>Rata-rata tunggu</th><th>Tingkat layanan (≤ ${q.target} mnt)</th><th>IKM</th><th>Responden SKM</th><th>Indeks cepat</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
  return page('Dasbor kota', body, true);
}
