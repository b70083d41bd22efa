import type { OfficeReport } from '../services/cityReport';
import { formatNumber } from './format';
import { html, page, type SafeHtml } from './html';

function officeRow(o: OfficeReport): SafeHtml {
  const name = html`<td>${o.officeName}${o.quarantined ? html` <small>(sebagian hari sedang ditinjau dan tidak dihitung)</small>` : ''}</td>`;
  if (o.status === 'under_review') {
    return html`<tr data-office="${o.officeId}" data-status="under_review">${name}<td colspan="4"><small>Data sedang ditinjau (data under review)</small></td></tr>`;
  }
  return o.ikm
    ? html`<tr data-office="${o.officeId}">${name}<td class="num konversi">${formatNumber(o.ikm.konversi, 2)}</td>
        <td class="mutu">${o.ikm.category.mutu}</td><td>${o.ikm.category.kinerja} <small>(${o.ikm.category.kinerjaEn})</small></td>
        <td class="num">${formatNumber(o.ikm.respondents)}</td></tr>`
    : html`<tr data-office="${o.officeId}">${name}<td colspan="4"><small>Belum ada survei pada periode ini (no survey yet)</small></td></tr>`;
}

/** The public page: each office's IKM with mutu and kinerja and its number of respondents. No personal data exists. */
export function publicPage(offices: readonly OfficeReport[], from: string, to: string): string {
  const rows = offices.map(officeRow);
  const body = html`<h1>Indeks Kepuasan Masyarakat (IKM)</h1>
    <p>Periode ${from} s.d. ${to}. Dihitung menurut Permenpan RB No. 14 Tahun 2017 dari survei di kios setiap kantor.
    <small>Community satisfaction index per office, per Permenpan RB 14/2017.</small></p>
    <form method="get"><label>Dari <input type="date" name="from" value="${from}"></label><label>Sampai <input type="date" name="to" value="${to}"></label><button>Tampilkan</button></form>
    <table><thead><tr><th>Kantor</th><th>IKM (konversi)</th><th>Mutu</th><th>Kinerja unit pelayanan</th><th>Responden</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
  return page('Indeks Kepuasan Masyarakat', body, false);
}
