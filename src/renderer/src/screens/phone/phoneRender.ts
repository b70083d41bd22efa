import type { PhoneTicketView } from '../../../../shared/api/methods/phone';
import { RESPONDENT_PROFILE_FIELDS } from '../../../../shared/skm/profile';
import { QUICK_FACE_LABELS, QUICK_FACES, type QuickFace } from '../../../../shared/skm/quick-index';
import { SCORES, UNSUR, type Score } from '../../../../shared/skm/unsur';
import { h } from './phoneDom';
import { aheadText, counterText, problemText, stateText, waitText, type PhoneProblem } from './phoneModel';
import type { RatingState } from './phoneRating';
import type { Language } from '../../../../shared/i18n/languages';
import type { Translate } from './phoneTexts';

export interface PageState {
  lang: Language;
  view: PhoneTicketView | null;
  problem: PhoneProblem | null;
  live: 'connecting' | 'on' | 'reconnecting';
  alerts: 'off' | 'on' | 'unsupported';
  /** The call on screen full size until the visitor taps OK (its callKey). */
  callShown: string | null;
  rating: RatingState | null;
}

export interface PageActions {
  toggleLanguage(): void;
  enableAlerts(): void;
  dismissCall(): void;
  startRating(): void;
  face(face: QuickFace): void;
  takeSurvey(): void;
  skipSurvey(): void;
  answer(score: Score): void;
  profile(value: string | null): void;
  back(): void;
  retry(): void;
}

function header(t: Translate, state: PageState, a: PageActions): HTMLElement {
  return h(
    'header',
    { class: 'phone-header' },
    h('span', { class: 'phone-office' }, state.view ? state.view.officeName : 'Loket'),
    h('button', { type: 'button', class: 'phone-lang', lang: state.lang === 'id' ? 'en' : 'id', 'data-testid': 'phone-lang', onclick: a.toggleLanguage }, t('phone.language')),
  );
}

function figure(label: string, value: string, testId: string): HTMLElement {
  return h('div', { class: 'phone-figure' }, h('dt', null, label), h('dd', { 'data-testid': testId }, value));
}

function ticketCard(t: Translate, view: PhoneTicketView, lang: Language): HTMLElement {
  const line = stateText(t, view);
  return h(
    'section',
    { class: `phone-card phone-card--${view.state}`, 'aria-labelledby': 'phone-number-label' },
    h('h1', { id: 'phone-number-label', class: 'phone-kicker' }, t('phone.title')),
    h('p', { class: 'phone-number', 'data-testid': 'phone-number' }, view.label),
    h('p', { class: 'phone-service', 'data-testid': 'phone-service' }, view.serviceName[lang]),
    view.transferredFrom && h('p', { class: 'phone-note', 'data-testid': 'phone-transferred' }, t('phone.transferred', { from: view.transferredFrom[lang] })),
    view.state === 'waiting' &&
      h(
        'dl',
        { class: 'phone-figures' },
        figure(t('phone.ahead'), aheadText(t, view.aheadCount === null ? 0 : view.aheadCount), 'phone-ahead'),
        figure(t('phone.wait'), waitText(t, view.estimatedWaitMinutes), 'phone-wait'),
      ),
    line && h('p', { class: `phone-state phone-state--${view.state}`, 'data-testid': 'phone-state' }, line),
  );
}

function alertsRow(t: Translate, state: PageState, a: PageActions): HTMLElement | null {
  if (!state.view || state.alerts === 'unsupported' || !['waiting', 'held', 'called'].includes(state.view.state)) return null;
  if (state.alerts === 'on') return h('p', { class: 'phone-alerts-on', 'data-testid': 'phone-alerts-on' }, t('phone.alerts.on'));
  return h(
    'div',
    { class: 'phone-alerts' },
    h('p', null, t('phone.alerts.prompt')),
    h('button', { type: 'button', class: 'phone-button', 'data-testid': 'phone-enable-alerts', onclick: a.enableAlerts }, t('phone.alerts.enable')),
  );
}

function callOverlay(t: Translate, view: PhoneTicketView, a: PageActions): HTMLElement {
  return h(
    'div',
    { class: 'phone-call', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'phone-call-title', 'aria-describedby': 'phone-call-go', 'data-testid': 'phone-call' },
    h('p', { class: 'phone-call-number' }, view.label),
    h('h2', { id: 'phone-call-title', class: 'phone-call-title' }, t(view.recallCount > 0 ? 'phone.called.recall' : 'phone.called.title')),
    h('p', { id: 'phone-call-go', class: 'phone-call-go', 'data-testid': 'phone-call-go' }, t('phone.called.go', { counter: counterText(t, view) })),
    h('button', { type: 'button', class: 'phone-button phone-button--light', 'data-testid': 'phone-call-ok', onclick: a.dismissCall }, t('phone.called.ok')),
  );
}

function choiceList(items: { label: string; testId: string; selected: boolean; onclick: () => void }[]): HTMLElement {
  return h(
    'div',
    { class: 'phone-choices' },
    ...items.map((i) =>
      h('button', { type: 'button', class: `phone-choice${i.selected ? ' phone-choice--selected' : ''}`, 'aria-pressed': i.selected ? 'true' : 'false', 'data-testid': i.testId, onclick: i.onclick }, i.label),
    ),
  );
}

function ratingSection(t: Translate, lang: Language, view: PhoneTicketView, r: RatingState, a: PageActions): HTMLElement {
  const step = r.step;
  const notice = r.notice && h('p', { class: 'phone-notice', role: 'alert', 'data-testid': 'phone-rating-notice' }, t(r.notice));
  const busy = r.busy && h('p', { class: 'phone-note' }, t('rate.sending'));
  const backButton = h('button', { type: 'button', class: 'phone-link', 'data-testid': 'phone-back', onclick: a.back }, t('rate.back'));
  let body: HTMLElement[];
  if (step.kind === 'faces') {
    body = [
      h('h2', { id: 'phone-rating-title' }, t('rate.questionFor', { ticket: view.label })),
      choiceList(QUICK_FACES.map((face) => ({ label: QUICK_FACE_LABELS[face][lang], testId: `phone-face-${face}`, selected: false, onclick: () => a.face(face) }))),
    ];
  } else if (step.kind === 'invite') {
    body = [
      h('h2', { id: 'phone-rating-title' }, t('rate.invite.title')),
      h('p', null, t('rate.invite.detail')),
      h('button', { type: 'button', class: 'phone-button', 'data-testid': 'phone-survey-yes', onclick: a.takeSurvey }, t('rate.invite.yes')),
      h('button', { type: 'button', class: 'phone-button phone-button--quiet', 'data-testid': 'phone-survey-no', onclick: a.skipSurvey }, t('rate.invite.no')),
    ];
  } else if (step.kind === 'question') {
    const unsur = UNSUR[step.index];
    body = unsur
      ? [
          h('p', { class: 'phone-kicker', 'data-testid': 'phone-progress' }, `${t('rate.progress', { n: step.index + 1, total: UNSUR.length })} · ${unsur.name[lang]}`),
          h('h2', { id: 'phone-rating-title', 'data-testid': 'phone-question' }, unsur.question[lang]),
          choiceList(SCORES.map((s) => ({ label: (unsur.labels[s - 1] as { id: string; en: string })[lang], testId: `phone-answer-${s}`, selected: r.answers[unsur.code] === s, onclick: () => a.answer(s) }))),
          backButton,
        ]
      : [];
  } else if (step.kind === 'profile') {
    const field = RESPONDENT_PROFILE_FIELDS[step.index];
    body = field
      ? [
          h('p', { class: 'phone-kicker' }, t('rate.profile.title')),
          h('h2', { id: 'phone-rating-title', 'data-testid': 'phone-profile-question' }, t(`rate.profile.${field.field}`)),
          h('p', { class: 'phone-note' }, t('rate.profile.anonymous')),
          choiceList(
            (field.values as readonly string[]).map((v) => ({
              label: (field.labels as Record<string, { id: string; en: string }>)[v]?.[lang] ?? v,
              testId: `phone-profile-${v}`,
              selected: r.profile[field.field] === v,
              onclick: () => a.profile(v),
            })),
          ),
          h('button', { type: 'button', class: 'phone-button phone-button--quiet', 'data-testid': 'phone-profile-skip', onclick: () => a.profile(null) }, t('rate.profile.skip')),
          backButton,
        ]
      : [h('h2', { id: 'phone-rating-title' }, t('rate.sending'))];
  } else {
    body = [
      h('h2', { id: 'phone-rating-title', 'data-testid': 'phone-thanks' }, t('rate.thanks.title')),
      h('p', null, t(step.survey ? 'rate.thanks.survey' : 'rate.thanks.quick')),
    ];
  }
  return h('section', { class: 'phone-rating', 'aria-labelledby': 'phone-rating-title', 'data-testid': 'phone-rating' }, notice || null, ...body, busy || null);
}

function ratingInvite(t: Translate, view: PhoneTicketView, a: PageActions): HTMLElement | null {
  if (view.rating.open) {
    return h(
      'section',
      { class: 'phone-rating', 'aria-labelledby': 'phone-invite-title' },
      h('h2', { id: 'phone-invite-title' }, t('phone.rate.invite')),
      h('button', { type: 'button', class: 'phone-button', 'data-testid': 'phone-rate-start', onclick: a.startRating }, t(view.rating.quickDone ? 'phone.rate.surveyOnly' : 'phone.rate.start')),
      h('p', { class: 'phone-note' }, t('phone.privacy')),
    );
  }
  if (view.state === 'done' && view.rating.quickDone) return h('p', { class: 'phone-note', 'data-testid': 'phone-rated' }, t('phone.rate.allDone'));
  return null;
}

/** The whole page for a state. */
export function renderPage(t: Translate, state: PageState, a: PageActions): HTMLElement[] {
  const out: HTMLElement[] = [header(t, state, a)];
  if (state.problem) {
    out.push(
      h(
        'section',
        { class: 'phone-problem', 'aria-labelledby': 'phone-problem-title' },
        h('h1', { id: 'phone-problem-title', 'data-testid': 'phone-problem' }, problemText(t, state.problem)),
        state.problem.kind === 'network' && h('button', { type: 'button', class: 'phone-button', onclick: a.retry }, t('phone.retry')),
      ),
    );
    return out;
  }
  const view = state.view;
  if (!view) {
    out.push(h('p', { class: 'phone-loading' }, t('phone.loading')));
    return out;
  }
  out.push(ticketCard(t, view, state.lang));
  const alerts = alertsRow(t, state, a);
  if (alerts) out.push(alerts);
  if (state.rating) out.push(ratingSection(t, state.lang, view, state.rating, a));
  else {
    const invite = ratingInvite(t, view, a);
    if (invite) out.push(invite);
  }
  out.push(
    h(
      'p',
      { class: `phone-live phone-live--${state.live}`, role: 'status', 'data-testid': 'phone-live' },
      state.live === 'reconnecting' ? t('phone.live.reconnecting') : state.live === 'on' ? t('phone.live.on') : t('phone.loading'),
    ),
  );
  if (state.callShown !== null && view.state === 'called') out.push(callOverlay(t, view, a));
  return out;
}
