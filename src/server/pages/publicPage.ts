import { formatDayMonth, LOCALES } from '../../shared/i18n';
import { UNSUR } from '../../shared/skm';
import { slotStartsAt } from '../../shared/booking/slots';
import { localDate } from '../../shared/time/localTime';
import type { HomeData } from '../services/cityHome';
import type { OfficeReport } from '../services/cityReport';
import { standardsFacts } from './bookingPages';
import { bookingFrame, withLang } from './bookingFrame';
import { CITY_STYLE } from './cityStyle';
import { ageText, cityWord, type CityWord } from './cityWords';
import { formatNumber } from './format';
import { html, type SafeHtml } from './html';

const UNSUR_NAME = new Map(UNSUR.map((u) => [u.code, u.name]));

/**
 * The city's public home page: the booking entry and the ticket code box, "how busy now" from the
 * offices' live snapshots (with their age, old ones marked and without figures), the van's stops, each
 * office's published IKM with its unsur and its trend by semester, and every office's service standards.
 */
export function publicPage(d: HomeData): string {
  const { lang } = d;
  const w = (key: CityWord, p?: Record<string, string | number>) => cityWord(lang, key, p);
  const body = html`<section class="hero"><h1>${w('homeTitle')}</h1><p class="lead">${w('homeLead')}</p></section>
    <div class="entry">
      <section class="card" aria-labelledby="book-title"><h2 id="book-title">${w('bookCta')}</h2><p>${w('bookLead')}</p>
        <a class="button" href="${withLang('/booking', lang)}">${w('bookCta')}</a></section>
      <section class="card" aria-labelledby="ticket-title"><h2 id="ticket-title">${w('ticketCta')}</h2><p>${w('ticketLead')}</p>
        <form class="code-form" method="get" action="/t">${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
          <label>${w('ticketCodeLabel')}<input name="kode" required autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" pattern="[A-Za-z0-9 -]{13,20}"></label>
          <button class="button">${w('open')}</button></form></section>
    </div>
    <nav class="jump" aria-label="${w('sections')}"><a href="#ramai">${w('busyTitle')}</a><a href="#ikm">IKM</a><a href="#standar">${w('standardsTitle')}</a></nav>
    ${busySection(d)}${ikmSection(d)}${standardsSection(d)}`;
  return bookingFrame(lang, w('homeTitle'), withLang('/', lang), body, { home: '/', style: CITY_STYLE, footer: html`${w('footer')}` });
}

function busySection(d: HomeData): SafeHtml {
  const { lang } = d;
  const w = (key: CityWord, p?: Record<string, string | number>) => cityWord(lang, key, p);
  // Offices with current figures first: an old snapshot is only a note.
  const offices = [...d.busy].sort((a, b) => Number(b.age.fresh) - Number(a.age.fresh)).map((o) => {
    const age = html`<span class="age${o.age.fresh ? '' : ' old'}" data-age>${w('dataAge', { age: ageText(lang, o.age.ageMs) })}</span>`;
    const services = o.services.map((s) =>
      s.open
        ? html`<li class="svc" data-service="${s.code}"><span class="sname">${s.name[lang]}</span>
            <span class="count" data-waiting="${s.waiting}">${formatNumber(s.waiting)}<small>${w('waitingLabel')}</small></span>
            <span class="wait">${s.estimatedWaitMinutes === null ? w('waitUnknown') : w('waitAbout', { n: Math.round(s.estimatedWaitMinutes) })}</span></li>`
        : html`<li class="svc closed" data-service="${s.code}"><span class="sname">${s.name[lang]}</span><span class="count">${w('serviceClosed')}</span></li>`,
    );
    return html`<li class="card busy" data-office="${o.officeId}" data-fresh="${o.age.fresh ? 'yes' : 'no'}">
      <div class="head"><h3 class="name">${o.officeName}</h3>${age}</div>
      ${o.age.fresh ? html`<ul class="svcs">${services}</ul>` : html`<p class="old-note">${w('oldData', { age: ageText(lang, o.age.ageMs) })}</p>`}</li>`;
  });
  return html`<section class="part" id="ramai" aria-labelledby="ramai-title"><h2 id="ramai-title">${w('busyTitle')}</h2><p class="lead">${w('busyLead')}</p>
    ${d.busy.length ? html`<ul class="cards two">${offices}</ul>` : html`<p class="notice ok">${w('busyNone')}</p>`}
    ${vanSchedule(d)}</section>`;
}

function vanSchedule(d: HomeData): SafeHtml {
  const { lang } = d;
  const vans = d.standards.filter((s) => s.doc.booking.stops !== undefined);
  if (vans.length === 0) return html``;
  const items = vans.map(({ officeId, officeName, doc }) => {
    const tz = doc.office.timeZone;
    const today = localDate(d.now, tz);
    const stops = (doc.booking.stops ?? []).filter((s) => s.date >= today).sort((a, b) => a.date.localeCompare(b.date)).slice(0, 6);
    const hours = (h: string) => (lang === 'id' ? h.replace(/:/g, '.').replace('-', '–') : h.replace('-', '–'));
    return html`<li class="card" data-van="${officeId}"><div class="head"><h4 class="name">${officeName}</h4></div>
      ${stops.length
        ? html`<ul class="stops">${stops.map((s) => html`<li><b>${s.place}</b><span class="when">${cityWord(lang, 'vanWhen', { date: formatDayMonth(slotStartsAt(s.date, '12:00', tz), tz, lang), hours: hours(s.hours) })}</span></li>`)}</ul>`
        : html`<p class="muted">${cityWord(lang, 'vanNone')}</p>`}</li>`;
  });
  return html`<h3 class="sub-title">${cityWord(lang, 'vanTitle')}</h3><ul class="cards two">${items}</ul>`;
}

function trend(d: HomeData, officeId: string): SafeHtml {
  const { lang } = d;
  const points = d.semesters.map((s, i) => {
    const o = s.offices.find((x) => x.officeId === officeId);
    const k = o?.status === 'ok' && o.ikm ? o.ikm.konversi : null;
    return { label: cityWord(lang, 'semester', { n: s.half, year: s.year }), k, now: i === d.semesters.length - 1 };
  });
  // Bars from 25 (the lowest konversi) to 100, so differences between semesters stay visible.
  const cols = points.map((p) =>
    p.k === null
      ? html`<div class="col"><span class="none">${cityWord(lang, 'noSurvey')}</span></div>`
      : html`<div class="col${p.now ? ' now' : ''}"><span class="val">${formatNumber(p.k, 1)}</span><span class="bar" style="height:${Math.max(4, ((p.k - 25) / 75) * 100).toFixed(0)}%"></span></div>`,
  );
  return html`<p class="muted trend-title">${cityWord(lang, 'trend')}</p><div class="trend" role="img" aria-label="${cityWord(lang, 'trend')}: ${points.map((p) => `${p.label} ${p.k === null ? cityWord(lang, 'noSurvey') : formatNumber(p.k, 2)}`).join(', ')}">${cols}</div>
    <div class="trend-labels" aria-hidden="true">${points.map((p) => html`<span>${p.label}</span>`)}</div>`;
}

function ikmCard(d: HomeData, o: OfficeReport): SafeHtml {
  const { lang } = d;
  const w = (key: CityWord, p?: Record<string, string | number>) => cityWord(lang, key, p);
  const partly = o.quarantined ? html`<p class="muted">${w('ikmPartly')}</p>` : '';
  const head = html`<div class="head"><h3 class="name">${o.officeName}</h3></div>`;
  if (o.status === 'under_review') return html`<li class="card" data-office="${o.officeId}" data-status="under_review">${head}<p class="muted">${w('ikmReview')}</p></li>`;
  if (!o.ikm) {
    const earlier = d.semesters.some((sem) => sem.offices.some((x) => x.officeId === o.officeId && x.status === 'ok' && x.ikm));
    return html`<li class="card" data-office="${o.officeId}">${head}${partly}<p class="muted">${w('ikmNone')}</p>${earlier ? trend(d, o.officeId) : ''}</li>`;
  }
  const ikm = o.ikm;
  const rows = ikm.unsur.map(
    (u) => html`<tr><td>${u.code} · ${UNSUR_NAME.get(u.code)?.[lang] ?? u.code}</td><td class="num">${formatNumber(u.nrr, 2)}</td><td class="num">${formatNumber(u.konversi, 2)}</td></tr>`,
  );
  return html`<li class="card" data-office="${o.officeId}">${head}${partly}
    <div class="score"><span class="mutu-badge" aria-label="${w('mutu')} ${ikm.category.mutu}">${ikm.category.mutu}</span>
      <span class="konversi" data-konversi>${formatNumber(ikm.konversi, 2)}</span>
      <span class="kin"><b>${lang === 'en' ? ikm.category.kinerjaEn : ikm.category.kinerja}</b><span>${w('respondents', { n: formatNumber(ikm.respondents) })}</span></span></div>
    ${trend(d, o.officeId)}${agencyList(d, o)}
    <details class="more"><summary>${w('perUnsur')}</summary><table class="unsur"><thead><tr><th>${w('unsur')}</th><th class="num">${w('nrr')}</th><th class="num">${w('konversi')}</th></tr></thead>
      <tbody>${rows}</tbody></table></details></li>`;
}

/** Each agency's own IKM under its office's (a Mal Pelayanan Publik); nothing for an office that is one agency. */
function agencyList(d: HomeData, o: Extract<OfficeReport, { status: 'ok' }>): SafeHtml {
  const { lang } = d;
  if (!o.agencies) return html``;
  const items = o.agencies.map(
    ({ agency, ikm }) => html`<li data-agency="${agency.id}"><span class="aname">${agency.shortName}</span>
      ${ikm
        ? html`<span class="ascore" data-konversi>${formatNumber(ikm.konversi, 2)} <span aria-label="${cityWord(lang, 'mutu')} ${ikm.category.mutu}">(${ikm.category.mutu})</span><small>${cityWord(lang, 'respondents', { n: formatNumber(ikm.respondents) })}</small></span>`
        : html`<span class="ascore none">${cityWord(lang, 'ikmNone')}</span>`}
      <span class="afull">${agency.name[lang]}</span></li>`,
  );
  const title = `agencies-${o.officeId}`;
  return html`<h4 class="agencies-title" id="${title}">${cityWord(lang, 'agenciesTitle')}</h4><ul class="agencies" aria-labelledby="${title}">${items}</ul>`;
}

/** Offices with a published IKM come first; the others only say why they have none. */
const published = (o: OfficeReport) => o.status === 'ok' && o.ikm !== null;

function ikmSection(d: HomeData): SafeHtml {
  const w = (key: CityWord, p?: Record<string, string | number>) => cityWord(d.lang, key, p);
  const day = (iso: string) => new Intl.DateTimeFormat(LOCALES[d.lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(slotStartsAt(iso, '12:00', 'UTC'));
  return html`<section class="part" id="ikm" aria-labelledby="ikm-title"><h2 id="ikm-title">${w('ikmTitle')}</h2>
    <p class="lead">${w('ikmLead', { from: day(d.from), to: day(d.to) })}</p>
    <ul class="cards two">${[...d.ikm].sort((a, b) => Number(published(b)) - Number(published(a))).map((o) => ikmCard(d, o))}</ul></section>`;
}

function standardsSection(d: HomeData): SafeHtml {
  const { lang } = d;
  const offices = d.standards.map(
    ({ officeId, officeName, doc }) => html`<li><details class="card office" data-standards="${officeId}"><summary>${officeName}</summary><div class="inner">
      ${doc.office.address ? html`<p class="muted">${doc.office.address}</p>` : ''}
      ${doc.services.map((s) => html`<div class="svc-std" data-service="${s.code}"><h3>${s.name[lang]}</h3>${standardsFacts(lang, s)}</div>`)}</div></details></li>`,
  );
  return html`<section class="part" id="standar" aria-labelledby="standar-title"><h2 id="standar-title">${cityWord(lang, 'standardsTitle')}</h2>
    <p class="lead">${cityWord(lang, 'standardsLead')}</p>
    ${d.standards.length ? html`<ul class="cards">${offices}</ul>` : html`<p class="notice ok">${cityWord(lang, 'standardsNone')}</p>`}</section>`;
}
