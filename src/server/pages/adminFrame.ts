import { escapeHtml, html, type SafeHtml } from './html';

/**
 * The frame of the city administrator's pages, in the office screens' look (the supervisor's navy panels,
 * white text, the accent yellow for what is chosen or to be pressed), laid out for a desktop screen.
 */
const STYLE = `
:root{--navy-900:#081a33;--navy-800:#0d2547;--navy-700:#15335f;--navy-600:#1f4377;--ink:#0b1f3a;--ink-soft:#33445c;--mist:#c9d5e6;--accent:#f5b82e;--accent-strong:#ffc94d;--danger-bg:#fde8e6;--danger-ink:#8a1c12;--warn-bg:#fff3d6;--warn-ink:#5c3d00;--ok-bg:#e3f4e8;--ok-ink:#14532d;color-scheme:dark}
*,*::before,*::after{box-sizing:border-box}
html{font-size:16px}
body{margin:0;min-height:100vh;background:var(--navy-900);color:#fff;font-family:'Noto Sans','DejaVu Sans',system-ui,sans-serif;line-height:1.4}
a{color:var(--accent-strong)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:.2rem solid var(--accent);outline-offset:.15rem}
header.top{display:flex;align-items:center;gap:1.5rem;padding:.6rem 2rem;background:var(--navy-800);border-bottom:.2rem solid var(--accent)}
.brand{display:grid;line-height:1.15;margin-right:1rem}.brand strong{font-size:1.35rem}.brand span{color:var(--mist);font-size:.9rem}
nav.tabs{display:flex;gap:.4rem;flex-wrap:wrap;flex:1}
nav.tabs a{display:inline-flex;align-items:center;min-height:3rem;padding:0 1.1rem;border-radius:.7rem;background:var(--navy-700);color:var(--mist);font-weight:800;text-decoration:none}
nav.tabs a:hover{color:#fff}nav.tabs a[aria-current="page"]{background:#fff;color:var(--ink)}
main{max-width:118rem;margin:0 auto;padding:1.25rem 2rem 3rem}
h1{font-size:1.75rem;margin:.2rem 0 .2rem}h2{font-size:1.35rem;margin:0 0 .6rem}h3{font-size:1.1rem;margin:1rem 0 .5rem}
h1 small,h2 small{color:var(--mist);font-weight:600;font-size:.75em}
.lead{color:var(--mist);margin:.1rem 0 1rem}.muted,small{color:var(--mist)}
.panel{background:var(--navy-800);border:.12rem solid var(--navy-600);border-radius:1rem;padding:1rem 1.25rem;margin:0 0 1rem}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(36rem,1fr));gap:1rem}
.grid3{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem 1.5rem}
.button,button{display:inline-flex;align-items:center;justify-content:center;gap:.4rem;min-height:3rem;padding:0 1.1rem;border-radius:.7rem;background:var(--accent);color:var(--ink);font:inherit;font-weight:800;text-decoration:none;border:none;cursor:pointer}
.button.secondary,button.secondary{background:transparent;color:#fff;border:.12rem solid var(--mist)}
.button.danger,button.danger{background:var(--danger-bg);color:var(--danger-ink)}
form.inline{display:inline}
label.field{display:grid;gap:.3rem;font-weight:700;color:var(--mist);margin:.5rem 0}
input,select,textarea{font:inherit;color:var(--ink);background:#fff;border:.12rem solid var(--mist);border-radius:.6rem;min-height:3rem;padding:.3rem .7rem;color-scheme:light}
textarea{min-height:8rem;width:100%}input[type=file]{color:#fff;background:transparent;border-style:dashed}
.notice{border-radius:.8rem;padding:.8rem 1rem;font-weight:700;margin:.6rem 0 1rem}.notice.err,.err-box{background:var(--danger-bg);color:var(--danger-ink)}.notice.ok{background:var(--ok-bg);color:var(--ok-ink)}
.err{color:#ffb4a8;font-weight:700}.ok{color:#9be39b}
table.data{width:100%;border-collapse:collapse;font-size:1rem}
table.data th{text-align:left;vertical-align:bottom;font-size:.9rem;color:var(--mist);padding:.45rem .6rem;border-bottom:.12rem solid var(--navy-600)}
table.data td{padding:.55rem .6rem;border-bottom:.08rem solid var(--navy-700);vertical-align:top}
table.data tbody tr:hover{background:var(--navy-700)}
.num{text-align:right;font-variant-numeric:tabular-nums}td.num{white-space:nowrap}table.data th.num{text-align:right}
.wide{overflow-x:auto}
table.data td a{color:#fff;font-weight:700}table.data td:first-child{min-width:11rem}
table.data tr.has-agencies td{border-bottom-color:var(--navy-600)}
table.data tr.agency th{font-size:.95rem;font-weight:700;color:#fff;padding:.4rem .6rem .4rem 1.6rem;border-bottom:.08rem solid var(--navy-700);vertical-align:top}
table.data tr.agency th small{display:block;font-weight:400}table.data tr.agency td{padding-top:.4rem;padding-bottom:.4rem}
code{font-family:'DejaVu Sans Mono',monospace;font-size:.9em;color:var(--mist)}
.code{font:800 2rem 'DejaVu Sans Mono',monospace;letter-spacing:.1em;color:var(--accent-strong)}
.pill{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.85rem;font-weight:800}
.pill.warn{background:var(--warn-bg);color:var(--warn-ink)}.pill.bad{background:var(--danger-bg);color:var(--danger-ink)}.pill.good{background:var(--ok-bg);color:var(--ok-ink)}
.mutu{font-weight:800}
.signin{max-width:34rem}
/* Range picker */
.range{display:flex;flex-wrap:wrap;align-items:flex-end;gap:1rem 1.5rem}
.presets{display:flex;gap:.4rem;flex-wrap:wrap;margin:0;padding:0;list-style:none}
.presets a{display:inline-flex;align-items:center;min-height:3rem;padding:0 1rem;border-radius:999px;border:.12rem solid var(--mist);color:#fff;font-weight:800;text-decoration:none}
.presets a[aria-current="true"]{background:var(--accent);border-color:var(--accent);color:var(--ink)}
.range .custom{display:flex;gap:.6rem;align-items:flex-end;flex-wrap:wrap}.range .custom label.field{margin:0}
.range .exports{display:flex;gap:.5rem;flex-wrap:wrap;margin-left:auto}
.period{font-size:1.05rem;margin:.8rem 0 0;color:var(--mist)}.period strong{color:#fff}
/* Headline figures */
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1rem;margin:0 0 1rem;padding:0;list-style:none}
.kpi{background:var(--navy-800);border:.12rem solid var(--navy-600);border-radius:1rem;padding:.8rem 1.1rem}
.kpi .v{display:block;font-size:2.2rem;font-weight:800;font-variant-numeric:tabular-nums;line-height:1.2}.kpi .k{color:var(--mist);font-weight:700}
.kpi.alert{border-color:var(--accent)}.kpi.alert .v{color:var(--accent-strong)}
/* Charts */
figure.chart{margin:0;display:grid;gap:.5rem;align-content:start}
figure.chart figcaption{font-weight:800;font-size:1.05rem}
figure.chart svg{width:100%;height:auto;display:block}
svg .grid{stroke:var(--navy-600);stroke-width:1}svg .axis{stroke:var(--mist);stroke-width:1.5}
svg .tick{fill:var(--mist);font-size:14px}svg .label{fill:#fff;font-size:16px;font-weight:600}svg .value{fill:#fff;font-size:16px;font-weight:800}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:0 0 .6rem;padding:0;list-style:none}
.legend li{display:inline-flex;align-items:center;gap:.45rem;font-weight:700}.legend svg{width:2.2rem;height:.8rem}
details{color:var(--mist)}summary{cursor:pointer;font-weight:700;min-height:2rem}
details table.data{margin-top:.4rem}.scroll{max-height:22rem;overflow:auto}
caption{text-align:left;font-weight:700;color:#fff;padding:.3rem 0}
.without,.empty{color:var(--mist);margin:.2rem 0}
/* Offices whose last push is old */
ul.stale{list-style:none;margin:0;padding:0;display:grid;gap:.6rem}
ul.stale li{display:grid;grid-template-columns:minmax(14rem,1fr) auto;gap:.2rem 1rem;background:var(--warn-bg);color:var(--warn-ink);border-radius:.8rem;padding:.7rem 1rem}
ul.stale li.never{background:var(--danger-bg);color:var(--danger-ink)}
ul.stale .name{font-weight:800;font-size:1.1rem}ul.stale a{color:inherit}ul.stale .age{font-weight:800;text-align:right;white-space:nowrap}ul.stale .todo{grid-column:1/-1}
`;

export type AdminTab = 'dashboard' | 'offices' | 'import' | null;

const TABS: readonly { tab: Exclude<AdminTab, null>; href: string; label: string }[] = [
  { tab: 'dashboard', href: '/admin/dashboard', label: 'Dasbor kota' },
  { tab: 'offices', href: '/admin/offices', label: 'Kantor & kios' },
  { tab: 'import', href: '/admin/import', label: 'Impor USB' },
];

/** An admin page; `tab` is the navigation entry it belongs to, null before signing in (no navigation). */
export function adminFrame(title: string, tab: AdminTab | 'signin', body: SafeHtml): string {
  const nav =
    tab === 'signin'
      ? html``
      : html`<nav class="tabs" aria-label="Menu admin">${TABS.map((t) => html`<a href="${t.href}" aria-current="${t.tab === tab ? 'page' : 'false'}">${t.label}</a>`)}
        <a href="/">Halaman publik</a></nav>
        <form class="inline" method="post" action="/admin/signout"><button class="secondary">Keluar</button></form>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Loket Kota</title><style>${STYLE}</style></head>
<body><header class="top"><div class="brand"><strong>Loket · Kota</strong><span>Admin kota</span></div>${nav.value}</header><main>${body.value}</main></body></html>`;
}
