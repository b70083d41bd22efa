import type { phoneMethods } from '../../../shared/api/methods/phone';
import type { Caller } from '../../auth/caller';
import type { PhoneTickets } from '../../phone/phoneTickets';
import type { HandlersFor } from '../handlerTypes';

/** Guesses are counted per source: the LAN peer's address ("ipc:…" for a window, "test" in direct tests). */
function sourceOf(caller: Caller): string {
  return caller.source ?? caller.via;
}

export function phoneHandlers(
  phone: PhoneTickets,
  checkPublicUrl: (url: string | undefined) => ReturnType<HandlersFor<typeof phoneMethods>['phone.checkPublicUrl']>,
  onRated: () => void,
): HandlersFor<typeof phoneMethods> {
  return {
    'phone.ticket': (i, c) => phone.ticket(i, sourceOf(c)),
    'phone.rateQuick': (i, c) => {
      const out = phone.rateQuick(i, sourceOf(c));
      onRated();
      return out;
    },
    'phone.rateSurvey': (i, c) => {
      const out = phone.rateSurvey(i, sourceOf(c));
      onRated();
      return out;
    },
    'phone.checkPublicUrl': (i) => checkPublicUrl(i.url),
  };
}
