import type { Language } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import { escapeHtml, html, type SafeHtml } from './html';

/**
 * The frame of the public booking pages: mobile first, in the office screens' palette (navy, white,
 * the accent yellow for the one thing to press), with the language toggle on every page.
 */
const STYLE = `
:root{--navy-900:#081a33;--navy-800:#0d2547;--navy-700:#15335f;--navy-600:#1f4377;--ink:#0b1f3a;--mist:#c9d5e6;--accent:#f5b82e;--accent-strong:#ffc94d;--danger-bg:#fde8e6;--danger-ink:#8a1c12;--ok-bg:#e3f4e8;--ok-ink:#14532d;--radius:1rem;color-scheme:dark}
*,*::before,*::after{box-sizing:border-box}
html{font-size:17px}
body{margin:0;min-height:100vh;background:var(--navy-900);color:#fff;font-family:'Noto Sans','DejaVu Sans',system-ui,sans-serif;line-height:1.35}
a{color:var(--accent-strong)}
a:focus-visible,button:focus-visible,input:focus-visible{outline:.2rem solid var(--accent);outline-offset:.15rem}
.top{display:flex;align-items:center;justify-content:space-between;gap:.75rem;padding:.75rem max(1rem,calc(50% - 31rem));background:var(--navy-800);border-bottom:.15rem solid var(--navy-600)}
.brand{font-weight:800;color:#fff;text-decoration:none;font-size:1.05rem}
.lang{display:inline-flex;gap:.2rem;padding:.2rem;border-radius:999px;background:var(--navy-700);border:.12rem solid var(--mist)}
.lang a{display:grid;place-items:center;min-width:3rem;min-height:2.85rem;padding:0 .7rem;border-radius:999px;font-weight:700;color:#fff;text-decoration:none}
.lang a[aria-current="true"]{background:#fff;color:var(--ink)}
main{max-width:46rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.6rem;margin:.4rem 0 .3rem}h2{font-size:1.25rem;margin:1.4rem 0 .6rem}h3{font-size:1.1rem;margin:0 0 .4rem}
.step{color:var(--mist);font-weight:600;margin:0}.lead{color:var(--mist);margin:.2rem 0 1rem}
.back{display:inline-flex;align-items:center;min-height:2.85rem;font-weight:700}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
.card{background:var(--navy-700);border:.12rem solid var(--navy-600);border-radius:var(--radius);padding:1rem}
a.card{display:block;color:#fff;text-decoration:none}a.card:hover{border-color:var(--accent)}
.card .name{font-size:1.2rem;font-weight:800;display:block}.card .meta{color:var(--mist);display:block;margin-top:.25rem}
.badge{display:inline-block;background:var(--accent);color:var(--ink);font-weight:800;border-radius:999px;padding:.1rem .6rem;font-size:.85rem;margin-left:.4rem;vertical-align:middle}
dl.facts{display:grid;grid-template-columns:1fr;gap:.1rem;margin:.6rem 0}dl.facts dt{color:var(--mist);font-size:.9rem}dl.facts dd{margin:0 0 .45rem;font-weight:600}
@media (min-width:30rem){dl.facts{grid-template-columns:auto 1fr;gap:.3rem .8rem}dl.facts dt{font-size:1rem}dl.facts dd{margin:0}}
ul.req{margin:.3rem 0 .6rem;padding-left:1.2rem}dd ul.req{margin:0}dd p{margin:0}
.button{display:inline-flex;align-items:center;justify-content:center;min-height:3rem;padding:.5rem 1.2rem;border-radius:.8rem;background:var(--accent);color:var(--ink);font:inherit;font-weight:800;text-decoration:none;border:none;cursor:pointer}
.button.secondary{background:transparent;color:#fff;border:.12rem solid var(--mist)}
.muted{color:var(--mist)}
.days{display:flex;gap:.5rem;overflow-x:auto;padding:.2rem .1rem .6rem;scroll-snap-type:x mandatory}
.day{flex:0 0 auto;scroll-snap-align:start;display:grid;justify-items:center;gap:.1rem;min-width:5.2rem;min-height:5.5rem;padding:.5rem;border-radius:.8rem;background:var(--navy-700);border:.12rem solid var(--navy-600);color:#fff;text-decoration:none}
.day .wd{font-size:.85rem;color:var(--mist);font-weight:600}.day .dn{font-size:1.6rem;font-weight:800;line-height:1.1}.day .mo{font-size:.85rem}.day .fr{font-size:.8rem;font-weight:700;color:var(--accent-strong)}
.day[aria-current="date"]{background:var(--accent);border-color:var(--accent);color:var(--ink)}.day[aria-current="date"] .wd,.day[aria-current="date"] .fr{color:var(--ink)}
.day.none{opacity:1;background:var(--navy-800);border-style:dashed}.day.none .fr{color:var(--mist)}
.slots{display:grid;grid-template-columns:repeat(auto-fill,minmax(6.5rem,1fr));gap:.6rem}
.slot{display:grid;justify-items:center;gap:.1rem;min-height:4rem;padding:.5rem;border-radius:.8rem;background:#fff;color:var(--ink);font:inherit;border:.15rem solid #fff;cursor:pointer}
.slot .t{font-size:1.25rem;font-weight:800}.slot .f{font-size:.85rem;font-weight:600}
.slot:disabled{background:var(--navy-800);color:var(--mist);border:.12rem dashed var(--navy-600);cursor:not-allowed}
.notice{border-radius:.8rem;padding:.8rem 1rem;font-weight:600;margin:.8rem 0}.notice.err{background:var(--danger-bg);color:var(--danger-ink)}.notice.ok{background:var(--ok-bg);color:var(--ok-ink)}
.ticket{background:#fff;color:var(--ink);border-radius:var(--radius);padding:1.2rem;display:grid;gap:.8rem;justify-items:center;text-align:center}
.ticket .label{font-weight:700;color:#33445c}.ticket .code{font:800 2.4rem/1 'DejaVu Sans Mono',monospace;letter-spacing:.08em}
.ticket .qr{width:min(17rem,80vw);background:#fff}.ticket .qr svg{display:block;width:100%;height:auto}
.ticket dl.facts{text-align:left;width:100%}.ticket dl.facts dt{color:#33445c}
.ticket .cancelled{background:var(--danger-bg);color:var(--danger-ink);padding:.4rem .8rem;border-radius:.6rem;font-weight:800}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:1rem}
label.field{display:grid;gap:.3rem;font-weight:700;margin:.8rem 0}
input.code-input{font:800 1.6rem 'DejaVu Sans Mono',monospace;letter-spacing:.08em;text-transform:uppercase;min-height:3.2rem;padding:.3rem .7rem;border-radius:.7rem;border:.15rem solid var(--mist);background:#fff;color:var(--ink);max-width:14rem}
footer{max-width:46rem;margin:0 auto;padding:0 1rem 2rem;color:var(--mist);font-size:.9rem}
/* Last, so the wider desktop column wins over the rules above. */
@media (min-width:60rem){main,footer{max-width:64rem}.cards.two{grid-template-columns:1fr 1fr}}
`;

/** The same page in the other language: the path with ?lang=en, or without it for Bahasa Indonesia. */
export function withLang(path: string, lang: Language): string {
  if (lang === 'id') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

/** What the city's other public pages (publicPage.ts, cityPhonePage.ts) add to the booking pages' frame. */
export interface FrameOptions {
  /** Where the brand leads (the booking pages: their first step). */
  home?: string;
  /** Rules of the page's own parts, after the shared ones. */
  style?: string;
  /** More of <head> (a phone page's refresh). */
  head?: string;
  /** The footer's content instead of the cancel link. */
  footer?: SafeHtml;
}

export function bookingFrame(lang: Language, title: string, path: string, body: SafeHtml, options: FrameOptions = {}): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const bare = path.replace(/([?&])lang=en(&|$)/, (_m, sep: string, end: string) => (end ? sep : '')).replace(/[?&]$/, '');
  const toggle = html`<nav class="lang" aria-label="${t('booking.language')}">
    <a href="${bare}" hreflang="id" lang="id" aria-current="${lang === 'id' ? 'true' : 'false'}">ID</a>
    <a href="${withLang(bare, 'en')}" hreflang="en" lang="en" aria-current="${lang === 'en' ? 'true' : 'false'}">EN</a></nav>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(t('booking.brand'))}</title>${options.head ?? ''}<style>${STYLE}${options.style ?? ''}</style></head>
<body><header class="top"><a class="brand" href="${escapeHtml(withLang(options.home ?? '/booking', lang))}">${escapeHtml(t('booking.brand'))}</a>${toggle.value}</header>
<main>${body.value}</main>
<footer>${options.footer?.value ?? html`<a href="${withLang('/booking/batal', lang)}">${t('booking.cancelTitle')}</a>`.value}</footer></body></html>`;
}
