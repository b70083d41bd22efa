import './phone.css';
import type { PhoneTicketView } from '../../../../shared/api/methods/phone';
import { normalizePhoneCode } from '../../../../shared/domain/phoneCode';
import { callAlert } from './phoneAlert';
import { callApi } from './phoneApi';
import { followTicket } from './phoneLive';
import { callKey, problemOf, shouldRing } from './phoneModel';
import { answer, back, chooseProfile, profileComplete, refusalStep, startRating, surveyBody, type RatingState } from './phoneRating';
import { renderPage, type PageActions, type PageState } from './phoneRender';
import type { Language } from '../../../../shared/i18n/languages';
import { readTexts, translator } from './phoneTexts';

/**
 * The visitor's ticket page at /t/<code>: a small script of its own (not the React app), built for old
 * phone browsers. It follows the ticket live, rings when it is called, and takes its one rating.
 */
const LANGUAGE_KEY = 'loket.phone.lang';
const texts = readTexts(document);
const root = document.getElementById('app') as HTMLElement;
const code = normalizePhoneCode(decodeURIComponent(location.pathname.replace(/^\/t\//, '').replace(/\/.*$/, ''))) || '';
const alert = callAlert(window);

function savedLanguage(): Language {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

let state: PageState = {
  lang: savedLanguage(),
  view: null,
  problem: null,
  live: 'connecting',
  alerts: alert.supported ? 'off' : 'unsupported',
  callShown: null,
  rating: null,
};
/** The call (callKey) the phone has rung for, so a refresh of the same call does not ring again. */
let rungFor: string | null = null;
/** The rating step last shown (as JSON). */
let shownStep: string | null = null;

function set(change: Partial<PageState>): void {
  state = { ...state, ...change };
  render();
}

function setRating(change: Partial<RatingState> | null): void {
  set({ rating: change === null || state.rating === null ? null : { ...state.rating, ...change } });
}

function render(): void {
  const t = translator(texts, state.lang);
  document.documentElement.lang = state.lang;
  document.title = state.view ? `${state.view.label} · ${t('phone.title')}` : t('phone.title');
  const focused = document.activeElement ? document.activeElement.getAttribute('data-testid') : null;
  while (root.firstChild) root.removeChild(root.firstChild);
  for (const el of renderPage(t, state, actions)) root.appendChild(el);
  // Each new rating step is brought into view: on a small phone it starts below the ticket.
  const step = state.rating ? JSON.stringify(state.rating.step) : null;
  if (step !== shownStep) {
    shownStep = step;
    const section = root.querySelector('[data-testid="phone-rating"]');
    if (section) section.scrollIntoView(true);
  }
  const call = root.querySelector('[data-testid="phone-call-ok"]') as HTMLElement | null;
  const again = focused ? (root.querySelector(`[data-testid="${focused}"]`) as HTMLElement | null) : null;
  if (call && focused !== 'phone-call-ok') call.focus();
  else if (again) again.focus();
}

function onView(view: PhoneTicketView): void {
  const change: Partial<PageState> = { view, problem: null, live: 'on' };
  if (shouldRing(rungFor, view)) {
    rungFor = callKey(view);
    change.callShown = rungFor;
    alert.ring();
  }
  if (view.state !== 'called') change.callShown = null;
  set(change);
}

function sendQuick(face: string): void {
  setRating({ busy: true, notice: null });
  callApi('phone.rateQuick', { code, face }, (result, failure) => {
    if (result) {
      setRating({ busy: false, step: { kind: 'invite' } });
      return;
    }
    const refusal = refusalStep(failure, 'quick');
    setRating({ busy: false, notice: refusal.notice, ...(refusal.step ? { step: refusal.step } : {}) });
  });
}

function sendSurvey(rating: RatingState): void {
  setRating({ busy: true, notice: null });
  callApi('phone.rateSurvey', { code, ...surveyBody(rating) }, (result, failure) => {
    if (result) {
      setRating({ busy: false, step: { kind: 'thanks', survey: true } });
      return;
    }
    const refusal = refusalStep(failure, 'survey');
    // The answers stay on the phone: the resident sends again once the Wi-Fi is back.
    setRating({ busy: false, notice: refusal.notice, ...(refusal.step ? { step: refusal.step } : { step: { kind: 'profile', index: 0 } }) });
  });
}

const actions: PageActions = {
  toggleLanguage() {
    const lang: Language = state.lang === 'id' ? 'en' : 'id';
    try {
      window.localStorage.setItem(LANGUAGE_KEY, lang);
    } catch {
      // private mode: the choice lasts this visit
    }
    set({ lang });
  },
  enableAlerts() {
    alert.enable();
    set({ alerts: 'on' });
  },
  dismissCall() {
    set({ callShown: null });
  },
  startRating() {
    if (state.view) set({ rating: startRating(state.view.rating) });
  },
  face(face) {
    sendQuick(face);
  },
  takeSurvey() {
    setRating({ step: { kind: 'question', index: 0 }, notice: null });
  },
  skipSurvey() {
    setRating({ step: { kind: 'thanks', survey: false }, notice: null });
  },
  answer(score) {
    if (state.rating) set({ rating: answer(state.rating, score) });
  },
  profile(value) {
    if (!state.rating || state.rating.busy) return;
    const next = chooseProfile(state.rating, value);
    set({ rating: next });
    if (profileComplete(next)) sendSurvey(next);
  },
  back() {
    if (state.rating) set({ rating: back(state.rating) });
  },
  retry() {
    location.reload();
  },
};

render();
if (code === '') set({ problem: { kind: 'not_found' } });
else {
  followTicket(code, {
    view: onView,
    refused: (failure) => set({ problem: problemOf(failure) }),
    connection: (live) => set({ live }),
  });
}
