/** HTML that is already safe to send; everything else is escaped when interpolated. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

type Part = SafeHtml | string | number | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** Tagged template: every interpolated value is escaped unless it is SafeHtml (or a list of them). */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{background:#0b4f6c;color:#fff;padding:.75rem 1.25rem;display:flex;gap:1.25rem;align-items:center;flex-wrap:wrap}
header a{color:#fff}main{padding:1.25rem;max-width:1200px}
table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid #d0d5dc;padding:.4rem .6rem;text-align:left}
th{background:#eef1f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#1a7f37}.err{color:#b42318;font-weight:600}.code{font:700 1.6rem monospace;letter-spacing:.1em}
form.inline{display:inline}label{display:block;margin:.5rem 0}small{color:#57606a}
.mutu{font-weight:700;font-size:1.2rem}.age{white-space:nowrap}`;

/** The page frame; `nav` is shown to a signed-in administrator only. */
export function page(title: string, body: SafeHtml, nav: boolean): string {
  const links = nav
    ? html`<a href="/admin/dashboard">Dasbor kota</a><a href="/admin/offices">Kantor &amp; kios</a><a href="/admin/import">Impor USB</a><a href="/">Halaman publik</a>
        <form class="inline" method="post" action="/admin/signout"><button>Keluar</button></form>`
    : html`<a href="/">Indeks Kepuasan Masyarakat</a>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Loket</title><style>${STYLE}</style></head>
<body><header><strong>Loket · Kota</strong>${links.value}</header><main>${body.value}</main></body></html>`;
}
