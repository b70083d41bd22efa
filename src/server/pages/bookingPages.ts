import { formatBookingCode } from '../../shared/booking/bookingCode';
import type { BookingErrorCode } from '../../shared/booking/bookingErrors';
import { slotCapacity, slotStartsAt } from '../../shared/booking/slots';
import type { ServiceStandards } from '../../shared/booking/standards';
import { formatDayMonth, LOCALES, translate, type Language, type MessageKey, type MessageParams } from '../../shared/i18n';
import type { Booking, DayView } from '../services/booking';
import type { OfficeStandards } from '../services/bookingStandards';
import { bookingFrame, withLang } from './bookingFrame';
import { html, SafeHtml } from './html';

/** The public booking pages: office → service → day and slot → code and QR; cancel by code. */

const noon = (day: string, timeZone: string) => slotStartsAt(day, '12:00', timeZone);
/** "08.30" in Indonesian, "08:30" in English, as the office screens write times. */
const clock = (lang: Language, time: string) => (lang === 'id' ? time.replace(':', '.') : time);
const rupiah = (lang: Language, n: number) => (n === 0 ? translate(lang, 'booking.free') : new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(n));

function notice(lang: Language, error: BookingErrorCode | undefined): SafeHtml {
  return error ? html`<p class="notice err" role="alert">${translate(lang, `booking.error.${error}` as MessageKey)}</p>` : html``;
}

const step = (lang: Language, n: number) => html`<p class="step">${translate(lang, 'booking.step', { n })}</p>`;

export interface OfficeEntry {
  standards: OfficeStandards;
  /** A van's next stop from today on. */
  nextStop?: { date: string; place: string };
}

export function officesPage(lang: Language, offices: readonly OfficeEntry[]): string {
  const t = (key: MessageKey, p?: MessageParams) => translate(lang, key, p);
  const items = offices.map(({ standards: o, nextStop }) => {
    const van = o.doc.booking.stops !== undefined;
    const meta = van
      ? nextStop
        ? t('booking.nextStop', { place: nextStop.place, date: formatDayMonth(noon(nextStop.date, o.doc.office.timeZone), o.doc.office.timeZone, lang) })
        : ''
      : o.doc.office.address;
    return html`<li><a class="card" href="${withLang(`/booking/kantor/${o.officeId}`, lang)}" data-office="${o.officeId}">
      <span class="name">${o.officeName}${van ? html`<span class="badge">${t('booking.van')}</span>` : ''}</span>
      ${meta ? html`<span class="meta">${meta}</span>` : ''}</a></li>`;
  });
  const body = html`${step(lang, 1)}<h1>${t('booking.title')}</h1><p class="lead">${t('booking.lead')}</p>
    <h2>${t('booking.chooseOffice')}</h2>
    ${offices.length ? html`<ul class="cards two">${items}</ul>` : html`<p class="notice ok">${t('booking.noOffices')}</p>`}`;
  return bookingFrame(lang, t('booking.title'), withLang('/booking', lang), body);
}

export function standardsFacts(lang: Language, s: ServiceStandards): SafeHtml {
  const t = (key: MessageKey, p?: MessageParams) => translate(lang, key, p);
  const requirements = s.requirements.length ? html`<ul class="req">${s.requirements.map((r) => html`<li>${r[lang]}</li>`)}</ul>` : html`<p class="muted">${t('booking.noRequirements')}</p>`;
  return html`<dl class="facts">
      <dt>${t('booking.requirements')}</dt><dd>${requirements}</dd>
      ${s.processingTime ? html`<dt>${t('booking.processingTime')}</dt><dd>${s.processingTime[lang]}</dd>` : ''}
      <dt>${t('booking.serviceTime')}</dt><dd>${t('booking.minutes', { n: s.serviceMinutes })}</dd>
      <dt>${t('booking.cost')}</dt><dd>${rupiah(lang, s.costRupiah)}</dd>
    </dl>`;
}

export function servicesPage(lang: Language, o: OfficeStandards): string {
  const t = (key: MessageKey, p?: MessageParams) => translate(lang, key, p);
  const items = o.doc.services.map((s) => {
    const bookable = slotCapacity(o.doc, s.code) > 0;
    return html`<li class="card" data-service="${s.code}"><h3>${s.name[lang]}</h3>${standardsFacts(lang, s)}
      ${bookable
        ? html`<a class="button" href="${withLang(`/booking/kantor/${o.officeId}/${s.code}`, lang)}" aria-label="${t('booking.chooseThis')}: ${s.name[lang]}">${t('booking.chooseThis')}</a>`
        : html`<p class="muted">${t('booking.notBookable')}</p>`}</li>`;
  });
  const body = html`<a class="back" href="${withLang('/booking', lang)}">← ${t('booking.back')}</a>${step(lang, 2)}
    <h1>${o.officeName}</h1>${o.doc.office.address ? html`<p class="lead">${o.doc.office.address}</p>` : ''}
    <h2>${t('booking.chooseService')}</h2><ul class="cards two">${items}</ul>`;
  return bookingFrame(lang, o.officeName, withLang(`/booking/kantor/${o.officeId}`, lang), body);
}

function dayButton(lang: Language, o: OfficeStandards, service: string, d: DayView, selected: boolean): SafeHtml {
  const tz = o.doc.office.timeZone;
  const at = noon(d.day, tz);
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALES[lang], { timeZone: tz, ...options }).format(at);
  // A day without slots is closed (a weekend, a holiday, no stop of the van); one whose slots are all taken is full.
  const state = d.free > 0 ? translate(lang, 'booking.seatsFree', { n: d.free }) : translate(lang, d.slots.length === 0 ? 'booking.closed' : 'booking.full');
  const inner = html`<span class="wd">${part({ weekday: 'short' })}</span><span class="dn">${part({ day: 'numeric' })}</span><span class="mo">${part({ month: 'short' })}</span>
    <span class="fr">${state}</span>`;
  if (d.free === 0) return html`<span class="day none" data-day="${d.day}" title="${formatDayMonth(at, tz, lang)}: ${state}">${inner}</span>`;
  return html`<a class="day" data-day="${d.day}" href="${withLang(`/booking/kantor/${o.officeId}/${service}?day=${d.day}`, lang)}" title="${formatDayMonth(at, tz, lang)}" ${selected ? new SafeHtml('aria-current="date"') : ''}>${inner}</a>`;
}

/** The day picker (buttons for the bookable days, days without a free seat shown but not pressable) and the chosen day's slots. */
export function slotsPage(lang: Language, o: OfficeStandards, serviceCode: string, days: readonly DayView[], chosen: string | undefined, error?: BookingErrorCode): string {
  const t = (key: MessageKey, p?: MessageParams) => translate(lang, key, p);
  const service = o.doc.services.find((s) => s.code === serviceCode) as ServiceStandards;
  const open = days.filter((d) => d.free > 0);
  // A van is somewhere else on most days: only the days of its stops are worth a button.
  const shown = o.doc.booking.stops ? days.filter((d) => d.slots.length > 0) : days;
  const day = open.find((d) => d.day === chosen) ?? open[0];
  const path = `/booking/kantor/${o.officeId}/${serviceCode}`;
  const place = day?.slots.find((s) => s.place)?.place;
  const slots = day
    ? html`<h2 id="slots-title">${t('booking.chooseSlot')} · ${formatDayMonth(noon(day.day, o.doc.office.timeZone), o.doc.office.timeZone, lang)}</h2>
      ${place ? html`<p class="lead">${t('booking.place')}: ${place}</p>` : ''}
      <form method="post" action="${withLang(path, lang)}" aria-labelledby="slots-title"><input type="hidden" name="day" value="${day.day}">
      <div class="slots">${day.slots.map((s) =>
        s.free > 0
          ? html`<button class="slot" name="slot" value="${s.time}"><span class="t">${clock(lang, s.time)}</span><span class="f">${t('booking.seatsFree', { n: s.free })}</span></button>`
          : html`<button class="slot" disabled><span class="t">${clock(lang, s.time)}</span><span class="f">${t('booking.full')}</span></button>`,
      )}</div></form>`
    : html`<p class="notice ok">${t('booking.noDays', { n: days.length })}</p>`;
  const body = html`<a class="back" href="${withLang(`/booking/kantor/${o.officeId}`, lang)}">← ${t('booking.back')}</a>${step(lang, 3)}
    <h1>${service.name[lang]}</h1><p class="lead">${o.officeName}</p>${notice(lang, error)}
    <details class="card"><summary>${t('booking.requirements')} · ${t('booking.cost')}</summary>${standardsFacts(lang, service)}</details>
    <h2>${t('booking.chooseDay')}</h2><nav class="days" aria-label="${t('booking.chooseDay')}">${shown.map((d) => dayButton(lang, o, serviceCode, d, d === day))}</nav>
    ${slots}`;
  return bookingFrame(lang, service.name[lang], withLang(chosen ? `${path}?day=${chosen}` : path, lang), body);
}

export function confirmationPage(lang: Language, b: Booking, qrSvg: string, fresh: boolean): string {
  const t = (key: MessageKey, p?: MessageParams) => translate(lang, key, p);
  const { doc } = b.standards;
  const tz = doc.office.timeZone;
  const service = doc.services.find((s) => s.code === b.serviceCode);
  const place = doc.booking.stops?.find((s) => s.date === b.day && s.hours.slice(0, 5) <= b.slot && b.slot < s.hours.slice(6))?.place;
  const code = formatBookingCode(b.code);
  const qrBase = `/booking/kode/${b.code}/qr`;
  const time = (ms: number) => clock(lang, new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms));
  const body = html`${fresh ? step(lang, 4) : ''}<h1>${b.cancelledAt ? t('booking.isCancelled') : t('booking.confirmed')}</h1>
    <section class="ticket" aria-label="${t('booking.code')} ${code}">
      ${b.cancelledAt ? html`<p class="cancelled">${t('booking.isCancelled')}</p>` : ''}
      <span class="label">${t('booking.code')}</span><span class="code" data-booking-code>${code}</span>
      ${b.cancelledAt ? '' : html`<div class="qr" role="img" aria-label="${t('booking.qrAlt', { code })}" data-signed="${b.signed}">${new SafeHtml(qrSvg)}</div>`}
      <dl class="facts">
        <dt>${t('booking.office')}</dt><dd>${b.standards.officeName}</dd>
        <dt>${t('booking.service')}</dt><dd>${service ? service.name[lang] : b.serviceCode}</dd>
        <dt>${t('booking.when')}</dt><dd>${formatDayMonth(noon(b.day, tz), tz, lang)}, ${clock(lang, b.slot)}</dd>
        ${place ? html`<dt>${t('booking.place')}</dt><dd>${place}</dd>` : ''}
      </dl>
    </section>
    ${b.cancelledAt ? '' : html`<p class="notice ok">${t('booking.checkIn', { from: time(b.window.opensAt), to: time(b.window.closesAt) })}</p>
    <p>${t('booking.keepCode')}</p>
    <div class="actions"><a class="button" href="${qrBase}.png" download="booking-${b.code}.png">${t('booking.downloadPng')}</a>
      <a class="button secondary" href="${qrBase}.svg" download="booking-${b.code}.svg">${t('booking.downloadSvg')}</a></div>
    ${service && service.requirements.length ? html`<h2>${t('booking.bring')}</h2><ul class="req">${service.requirements.map((r) => html`<li>${r[lang]}</li>`)}</ul>` : ''}`}
    <div class="actions"><a class="button secondary" href="${withLang('/booking', lang)}">${t('booking.another')}</a>
      ${b.cancelledAt ? '' : html`<a class="button secondary" href="${withLang(`/booking/batal?kode=${b.code}`, lang)}">${t('booking.cancelTitle')}</a>`}</div>`;
  return bookingFrame(lang, `${t('booking.code')} ${code}`, withLang(`/booking/kode/${b.code}`, lang), body);
}

export function cancelPage(lang: Language, state: { code?: string; error?: BookingErrorCode; cancelled?: string }): string {
  const t = (key: MessageKey, p?: MessageParams) => translate(lang, key, p);
  const body = html`<h1>${t('booking.cancelTitle')}</h1>
    ${state.cancelled ? html`<p class="notice ok" role="status">${t('booking.cancelled', { code: formatBookingCode(state.cancelled) })}</p>` : ''}${notice(lang, state.error)}
    <p class="lead">${t('booking.cancelLead')}</p>
    <form method="post" action="${withLang('/booking/batal', lang)}"><label class="field">${t('booking.codeLabel')}
      <input class="code-input" name="code" value="${state.code ?? ''}" required autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12" pattern="[A-Za-z0-9 -]{8,12}"></label>
      <button class="button">${t('booking.cancelButton')}</button></form>
    <div class="actions"><a class="button secondary" href="${withLang('/booking', lang)}">${t('booking.another')}</a></div>`;
  return bookingFrame(lang, t('booking.cancelTitle'), withLang('/booking/batal', lang), body);
}

/** A refusal with nothing else to show (an unknown office or code). */
export function bookingErrorPage(lang: Language, error: BookingErrorCode): string {
  const body = html`${notice(lang, error)}<div class="actions"><a class="button" href="${withLang('/booking', lang)}">${translate(lang, 'booking.another')}</a></div>`;
  return bookingFrame(lang, translate(lang, 'booking.title'), withLang('/booking', lang), body);
}
