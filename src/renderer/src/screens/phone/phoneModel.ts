import type { PhoneTicketView } from '../../../../shared/api/methods/phone';
import type { Translate } from './phoneTexts';

/** Why the page shows no ticket: the refusals a phone can meet, and a lost connection. */
export type PhoneProblem =
  | { kind: 'not_found' }
  | { kind: 'other_day' }
  | { kind: 'locked'; minutes: number }
  | { kind: 'network' }
  | { kind: 'other' };

/** An API refusal (its code and params) as the page words it. */
export function problemOf(error: { code?: string; params?: { reason?: string; retryAfterSeconds?: number } } | null): PhoneProblem {
  if (!error || !error.code) return { kind: 'network' };
  if (error.code === 'not_found' || error.code === 'bad_request') return { kind: 'not_found' };
  if (error.code === 'wrong_state' && error.params && error.params.reason === 'other_day') return { kind: 'other_day' };
  if (error.code === 'locked') return { kind: 'locked', minutes: Math.max(1, Math.ceil(((error.params && error.params.retryAfterSeconds) || 60) / 60)) };
  return { kind: 'other' };
}

export function problemText(t: Translate, problem: PhoneProblem): string {
  if (problem.kind === 'locked') return t('phone.error.locked', { n: problem.minutes });
  return t(`phone.error.${problem.kind}`);
}

/** Each call (and each recall) of a ticket, once: the page rings for a key it has not rung for. */
export function callKey(view: PhoneTicketView | null): string | null {
  return view && view.state === 'called' ? `${view.counterNumber}:${view.recallCount}` : null;
}

/** Whether the new view is a call the phone has not announced yet. */
export function shouldRing(rungFor: string | null, next: PhoneTicketView): boolean {
  const key = callKey(next);
  return key !== null && key !== rungFor;
}

export function counterText(t: Translate, view: PhoneTicketView): string {
  if (view.counterName) return view.counterName;
  return view.counterNumber === null ? '' : t('phone.counter', { n: view.counterNumber });
}

export function aheadText(t: Translate, n: number): string {
  if (n === 0) return t('phone.ahead.next');
  return t(n === 1 ? 'phone.ahead.value.one' : 'phone.ahead.value.other', { n });
}

export function waitText(t: Translate, minutes: number | null): string {
  if (minutes === null) return t('phone.wait.unknown');
  if (minutes < 1) return t('phone.wait.soon');
  return t('phone.wait.value', { n: minutes });
}

/** The line under the number that says where the ticket stands (null while waiting: the figures say it). */
export function stateText(t: Translate, view: PhoneTicketView): string | null {
  switch (view.state) {
    case 'waiting':
      return null;
    case 'called':
      return t('phone.called.go', { counter: counterText(t, view) });
    case 'serving':
      return t('phone.state.serving', { counter: counterText(t, view) });
    default:
      return t(`phone.state.${view.state}`);
  }
}
