import type { OfficeDataReview } from '../services/quarantine';
import type { KioskRecord } from '../store/kiosksRepo';
import type { OfficeRecord } from '../store/officesRepo';
import type { UsbImportAudit } from '../store/usbImportsRepo';
import { adminFrame } from './adminFrame';
import { html, type SafeHtml } from './html';

export interface Notice {
  kind: 'ok' | 'err';
  text: string;
}

const notice = (n: Notice | undefined): SafeHtml => (n ? html`<p class="notice ${n.kind}" role="status">${n.text}</p>` : html``);
const when = (d: Date | null): string => (d ? d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '—');

export function signInPage(n?: Notice): string {
  return adminFrame(
    'Masuk',
    'signin',
    html`<section class="panel signin"><h1>Masuk admin kota <small>(city administrator sign-in)</small></h1>${notice(n)}
    <form method="post" action="/admin/signin"><label class="field">Nama pengguna <input name="username" value="admin" autocomplete="username" required></label>
    <label class="field">Kata sandi <input name="password" type="password" autocomplete="current-password" required></label><button>Masuk</button></form></section>`,
  );
}

export function officesPage(offices: readonly OfficeRecord[], n?: Notice, newCode?: { officeName: string; code: string; expiresAt: Date }): string {
  const rows = offices.map(
    (o) => html`<tr><td><a href="/admin/offices/${o.id}">${o.name}</a></td><td><code>${o.id}</code></td>
      <td><form class="inline" method="post" action="/admin/offices/${o.id}/codes"><button>Buat kode pendaftaran</button></form></td></tr>`,
  );
  const code = newCode
    ? html`<section class="panel"><h2>Kode pendaftaran untuk ${newCode.officeName}</h2><p class="code" data-enrolment-code>${newCode.code}</p>
      <p>Berlaku satu kali sampai ${when(newCode.expiresAt)}. Di kios: Supervisor → Sinkronisasi → alamat server + kode ini.
      Kode hanya ditampilkan sekali. <small>(One-time code, shown once.)</small></p></section>`
    : html``;
  return adminFrame(
    'Kantor',
    'offices',
    html`<h1>Kantor &amp; kios <small>(offices and kiosks)</small></h1>${notice(n)}${code}
    <section class="panel"><table class="data"><thead><tr><th>Kantor</th><th>Id</th><th></th></tr></thead><tbody>${rows}</tbody></table></section>
    <section class="panel"><h2>Daftarkan kantor baru</h2>
    <form method="post" action="/admin/offices"><label class="field">Id (huruf kecil, angka, "-"; sama dengan <code>office.id</code> di konfigurasi kios)
    <input name="id" pattern="[a-z0-9][a-z0-9\\-]{1,39}" required></label><label class="field">Nama <input name="name" required maxlength="120"></label><button>Simpan</button></form></section>`,
  );
}

export interface OfficeView {
  office: OfficeRecord;
  kiosks: readonly KioskRecord[];
  openCodes: number;
  review: OfficeDataReview;
}

/** Rows above their bound and the quarantines: why the office's figures are held back, and the way out. */
function reviewSection(office: OfficeRecord, review: OfficeDataReview): SafeHtml {
  const over = review.overBound.map(
    (r) => html`<tr data-over-bound><td>${r.date}</td><td><code>${r.metric}</code></td><td class="num">${r.value}</td><td>${r.reason}</td>
      <td>${r.quarantineId === null ? html`<span class="err">dihitung: kantor ini "sedang ditinjau"</span>` : `dikarantina (#${r.quarantineId})`}</td></tr>`,
  );
  const overTable = review.overBound.length
    ? html`<p>Baris di atas batas yang mungkin untuk satu kantor dalam sehari (terbaru dulu, paling banyak 50):</p>
      <table class="data"><thead><tr><th>Tanggal</th><th>Metrik</th><th>Nilai</th><th>Mengapa</th><th>Status</th></tr></thead><tbody>${over}</tbody></table>`
    : html`<p>Tidak ada baris di atas batasnya.</p>`;
  const holds = review.quarantines.map(
    (q) => html`<tr data-quarantine="${q.id}"><td>#${q.id}</td><td>${q.from} s.d. ${q.to}</td><td>${q.reason}</td><td class="num">${q.rows}</td>
      <td>${when(q.createdAt)} · ${q.createdBy ?? '—'}</td>
      <td>${q.liftedAt
        ? `dicabut ${when(q.liftedAt)} · ${q.liftedBy ?? '—'}`
        : html`<span class="err">aktif</span> <form class="inline" method="post" action="/admin/quarantines/${q.id}/lift"><button>Cabut karantina</button></form>`}</td></tr>`,
  );
  return html`<section class="panel"><h2>Data yang ditinjau <small>(data under review)</small></h2>${overTable}
    <h3>Karantina</h3>
    <p><small>Baris yang dikarantina tetap tersimpan tetapi tidak dihitung di dasbor, halaman publik dan API sampai karantina dicabut.</small></p>
    <table class="data"><thead><tr><th></th><th>Tanggal</th><th>Alasan</th><th>Baris</th><th>Dibuat</th><th>Status</th></tr></thead><tbody>${holds}</tbody></table>
    <form class="range" method="post" action="/admin/offices/${office.id}/quarantines"><label class="field">Dari <input type="date" name="from" required></label>
    <label class="field">Sampai <input type="date" name="to" required></label><label class="field">Alasan <input name="reason" required minlength="3" maxlength="500" size="60"></label>
    <button class="danger">Karantina baris kantor ini</button></form></section>`;
}

export function officePage(view: OfficeView, n?: Notice): string {
  const { office, kiosks, openCodes, review } = view;
  const rows = kiosks.map((k) => {
    const status = k.revokedAt ? html`<span class="err">dicabut ${when(k.revokedAt)}</span>` : k.rotateRequested ? 'rotasi token diminta' : 'aktif';
    const actions = k.revokedAt
      ? html``
      : html`<form class="inline" method="post" action="/admin/kiosks/${k.id}/rotate"><button>Rotasi token</button></form>
        <form class="inline" method="post" action="/admin/kiosks/${k.id}/revoke"><button class="danger">Cabut</button></form>`;
    return html`<tr data-kiosk="${k.id}"><td>${k.label}</td><td><code>${k.id}</code></td><td>${when(k.enrolledAt)}</td><td>${when(k.lastPushAt)}</td><td>${status}</td><td>${actions}</td></tr>`;
  });
  return adminFrame(
    office.name,
    'offices',
    html`<h1>${office.name} <small><code>${office.id}</code></small></h1>${notice(n)}
    <section class="panel"><h2>Kios</h2><p>Kode pendaftaran terbuka: ${openCodes}. <form class="inline" method="post" action="/admin/offices/${office.id}/codes"><button>Buat kode pendaftaran</button></form></p>
    <table class="data"><thead><tr><th>Kios</th><th>Id</th><th>Terdaftar</th><th>Kiriman terakhir</th><th>Status</th><th></th></tr></thead><tbody>${rows}</tbody></table>
    <p><small>Rotasi: kios mengambil token baru pada kiriman berikutnya. Cabut: kios diminta mendaftar ulang dengan kode baru; hitungannya tetap tersimpan.</small></p></section>
    ${reviewSection(office, review)}${bookingListSection(office)}`,
  );
}

/** The booking list file for a van without network: downloaded here, carried on its USB stick. */
function bookingListSection(office: OfficeRecord): SafeHtml {
  return html`<section class="panel"><h2>Daftar booking untuk USB <small>(booking list for a van without network)</small></h2>
    <p>Booking dan pembatalan kantor ini untuk hari-hari berikutnya (jadwal singgah mobil keliling, atau hari ini dan 7 hari ke depan),
    ditandatangani kunci booking kota. Salin berkasnya ke USB sebelum mobil berangkat; di kios: Supervisor → Sinkronisasi →
    <em>Muat daftar booking dari USB</em>.</p>
    <form class="inline" method="get" action="/admin/offices/${office.id}/booking-list"><button data-booking-list>Unduh daftar booking</button></form></section>`;
}

export function importPage(recent: readonly (UsbImportAudit & { importedAt: Date })[], n?: Notice): string {
  const rows = recent.map(
    (r) => html`<tr><td>${when(r.importedAt)}</td><td>${r.kioskId ?? '—'}</td><td class="${r.outcome === 'imported' ? 'ok' : 'err'}">${r.outcome === 'imported' ? 'diimpor' : 'ditolak'}</td>
      <td class="num">${r.rows}</td><td class="num">${r.applied}</td><td>${r.detail}</td></tr>`,
  );
  return adminFrame(
    'Impor USB',
    'import',
    html`<h1>Impor berkas USB <small>(import a kiosk's USB file)</small></h1>${notice(n)}
    <section class="panel"><p>Berkas <code>*.loket.json</code> dari kios tanpa jaringan (mobil layanan keliling). Mengimpor berkas yang sama dua kali tidak menggandakan hitungan.</p>
    <form method="post" action="/admin/import"><label class="field">Berkas <input type="file" accept=".json" data-fills="file"></label>
    <label class="field">atau tempel isinya <textarea name="file" rows="6" cols="80" required></textarea></label><button>Impor</button></form></section>
    <script src="/admin/import.js"></script>
    <section class="panel"><h2>Riwayat impor</h2><table class="data"><thead><tr><th>Waktu</th><th>Kios</th><th>Hasil</th><th class="num">Baris</th><th class="num">Naik</th><th>Rincian</th></tr></thead><tbody>${rows}</tbody></table></section>`,
  );
}

/** Reads the chosen file into the textarea, so the form posts plain text (no multipart parser needed). */
export const IMPORT_SCRIPT = `document.querySelectorAll('input[data-fills]').forEach(function (input) {
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (!file) return;
    file.text().then(function (text) { document.querySelector('textarea[name="' + input.dataset.fills + '"]').value = text; });
  });
});`;
