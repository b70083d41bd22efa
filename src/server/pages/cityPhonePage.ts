import { formatPhoneCode } from '../../shared/domain/phoneCode';
import type { Language } from '../../shared/i18n';
import type { CityTicket } from '../services/liveSnapshots';
import { bookingFrame, withLang } from './bookingFrame';
import { CITY_STYLE } from './cityStyle';
import { ageText, cityWord, type CityWord } from './cityWords';
import { html, type SafeHtml } from './html';

/** Seconds between the page's own reloads: the office sends a snapshot at most once a minute. */
const REFRESH_S = 30;
export const CITY_PHONE_SCRIPT_PATH = '/city/phone-refresh.js';

/**
 * The page reloads itself (a script of this site: the CSP allows no inline one, and a meta refresh is a
 * timing barrier for screen readers, WCAG 2.2.1); a page in a background tab reloads when it shows again.
 */
export const CITY_PHONE_SCRIPT = `(function(){var due=Date.now()+${REFRESH_S * 1000};function tick(){if(document.visibilityState==='visible'&&Date.now()>=due)location.reload();}
setInterval(tick,1000);document.addEventListener('visibilitychange',tick);})();`;

const codeForm = (lang: Language, code: string) => html`<form class="code-form" method="get" action="/t">${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
  <label>${cityWord(lang, 'ticketCodeLabel')}<input name="kode" value="${code}" required autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" pattern="[A-Za-z0-9 -]{13,20}"></label>
  <button class="button">${cityWord(lang, 'open')}</button></form>`;

const homeButton = (lang: Language) => html`<div class="actions"><a class="button secondary" href="${withLang('/', lang)}">${cityWord(lang, 'home')}</a></div>`;

const frame = (lang: Language, title: string, path: string, body: SafeHtml, refresh: boolean) =>
  bookingFrame(lang, title, withLang(path, lang), body, {
    home: '/',
    style: CITY_STYLE,
    head: `<meta name="robots" content="noindex">${refresh ? `<script src="${CITY_PHONE_SCRIPT_PATH}" defer></script>` : ''}`,
    footer: html`${cityWord(lang, 'footer')}`,
  });

/**
 * A ticket's phone page at the city (/t/<code>): the same code as the office's phone page, from the
 * office's latest snapshot, with the age of that data; it reloads itself while the ticket is in the queue.
 */
export function cityPhonePage(lang: Language, code: string, t: CityTicket): string {
  const w = (key: CityWord, p?: Record<string, string | number>) => cityWord(lang, key, p);
  const p = t.progress;
  const counter = p.counterName ?? (p.counterNumber !== null ? w('phoneCounter', { n: p.counterNumber }) : '');
  let status: string;
  let sub = '';
  if (t.left) status = w('phoneLeft');
  else if (p.state === 'called') status = w('phoneCalled', { counter });
  else if (p.state === 'serving') status = w('phoneServing', { counter });
  else if (p.state === 'held') status = w('phoneHeld');
  else {
    status = p.aheadCount === 0 ? w('phoneNext') : w('phoneAhead', { n: p.aheadCount ?? 0 });
    if (p.estimatedWaitMinutes !== null) sub = w('phoneWait', { n: Math.round(p.estimatedWaitMinutes) });
  }
  const state = t.left ? 'left' : p.state;
  const body = html`<div class="phone-col"><h1>${w('phoneTitle', { label: p.label })}</h1>
    <section class="ptick${state === 'called' ? ' called' : ''}" data-state="${state}" aria-live="polite">
      <span class="office">${t.officeName}</span>
      <span class="label" data-label>${p.label}</span>
      <span class="svcname">${t.serviceName ? t.serviceName[lang] : p.serviceCode}</span>
      <p class="status" data-status>${status}</p>${sub ? html`<p class="sub">${sub}</p>` : ''}
      <span class="age${t.age.fresh ? '' : ' old'}" data-age>${w('dataAge', { age: ageText(lang, t.age.ageMs) })}</span>
    </section>
    ${t.age.fresh ? '' : html`<p class="notice err" role="alert">${w('phoneOld')}</p>`}
    <p class="muted">${formatPhoneCode(code)} · ${w('phoneRefresh')}</p>${homeButton(lang)}</div>`;
  return frame(lang, w('phoneTitle', { label: p.label }), `/t/${code}`, body, !t.left);
}

/** An unknown code (or a limited source, or a busy server): the refusal and the box to type the code again. */
export function cityPhoneRefusal(lang: Language, code: string, why: 'not_found' | 'rate_limited' | 'unavailable'): string {
  const w = (key: CityWord) => cityWord(lang, key);
  const text = why === 'not_found' ? w('phoneNotFound') : why === 'rate_limited' ? w('phoneLimited') : w('phoneUnavailable');
  const body = html`<div class="phone-col"><h1>${w('ticketCta')}</h1><p class="notice err" role="alert">${text}</p>${codeForm(lang, code)}${homeButton(lang)}</div>`;
  return frame(lang, w('ticketCta'), code ? `/t/${code}` : '/t', body, false);
}
