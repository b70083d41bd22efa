import type { OfficeFigures } from '../services/cityReport';
import { formatNumber } from './format';
import { html, page } from './html';

/** The public page: each office's IKM with mutu and kinerja and its number of respondents. No personal data exists. */
export function publicPage(offices: readonly OfficeFigures[], from: string, to: string): string {
  const rows = offices.map((o) =>
    o.ikm
      ? html`<tr data-office="${o.officeId}"><td>${o.officeName}</td><td class="num konversi">${formatNumber(o.ikm.konversi, 2)}</td>
          <td class="mutu">${o.ikm.category.mutu}</td><td>${o.ikm.category.kinerja} <small>(${o.ikm.category.kinerjaEn})</small></td>
          <td class="num">${formatNumber(o.ikm.respondents)}</td></tr>`
      : html`<tr data-office="${o.officeId}"><td>${o.officeName}</td><td colspan="4"><small>Belum ada survei pada periode ini (no survey yet)</small></td></tr>`,
  );
  const body = html`<h1>Indeks Kepuasan Masyarakat (IKM)</h1>
    <p>Periode ${from} s.d. ${to}. Dihitung menurut Permenpan RB No. 14 Tahun 2017 dari survei di kios setiap kantor.
    <small>Community satisfaction index per office, per Permenpan RB 14/2017.</small></p>
    <form method="get"><label>Dari <input type="date" name="from" value="${from}"></label><label>Sampai <input type="date" name="to" value="${to}"></label><button>Tampilkan</button></form>
    <table><thead><tr><th>Kantor</th><th>IKM (konversi)</th><th>Mutu</th><th>Kinerja unit pelayanan</th><th>Responden</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
  return page('Indeks Kepuasan Masyarakat', body, false);
}
