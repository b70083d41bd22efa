import type { PhoneTicketView } from '../../../../shared/api/methods/phone';
import { callApi, type ApiFailure } from './phoneApi';

export interface LiveHandlers {
  view(view: PhoneTicketView): void;
  /** The office refused the code (unknown, closed day, too many guesses): stop. */
  refused(failure: ApiFailure): void;
  connection(state: 'on' | 'reconnecting'): void;
}

const RETRY_MIN_MS = 2_000;
const RETRY_MAX_MS = 30_000;
/** Without EventSource (very old browsers), ask this often instead. */
const POLL_MS = 5_000;

/**
 * The ticket, live. The page first asks for the ticket (so a refusal is read with its reason), then
 * listens on /t/<code>/events; each (re)connection starts with the current view, so a phone that lost the
 * Wi-Fi catches up at once. A broken stream is retried with a growing pause, and at once when the phone
 * says it is online again or the page comes back to the front.
 */
export function followTicket(code: string, on: LiveHandlers): void {
  let source: EventSource | null = null;
  let retryMs = RETRY_MIN_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const schedule = (ms: number): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(check, ms);
  };

  const lost = (): void => {
    on.connection('reconnecting');
    schedule(retryMs);
    retryMs = Math.min(RETRY_MAX_MS, retryMs * 2);
  };

  function check(): void {
    timer = null;
    if (stopped) return;
    callApi<PhoneTicketView>('phone.ticket', { code }, (view, failure) => {
      if (stopped) return;
      if (view) {
        on.view(view);
        listen();
      } else if (failure) {
        stopped = true;
        on.refused(failure);
      } else lost();
    });
  }

  function listen(): void {
    if (typeof EventSource === 'undefined') {
      on.connection('on');
      schedule(POLL_MS);
      return;
    }
    if (source) source.close();
    const es = new EventSource(`/t/${encodeURIComponent(code)}/events`);
    source = es;
    es.onopen = () => {
      retryMs = RETRY_MIN_MS;
      on.connection('on');
    };
    es.addEventListener('ticket', (e) => on.view(JSON.parse((e as MessageEvent<string>).data) as PhoneTicketView));
    es.addEventListener('closed', () => {
      es.close();
      source = null;
      check();
    });
    es.onerror = () => {
      // CONNECTING: the browser retries by itself. CLOSED: refused or gone; ask again to learn why.
      if (es.readyState === 2) {
        source = null;
        lost();
      } else on.connection('reconnecting');
    };
  }

  const again = (): void => {
    if (stopped || (source && source.readyState !== 2)) return;
    retryMs = RETRY_MIN_MS;
    schedule(0);
  };
  window.addEventListener('online', again);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') again();
  });
  check();
}
