import { LoketError } from '../../shared/api/errors';
import type { Store } from '../store/store';
import type { Clock } from './clock';
import { SERVICE_DATE_KEY } from './serviceDay';
import type { CurrentServiceDay } from './currentServiceDay';

const CONFLICTS_NAMED = 5;

export interface ServiceDayMoved {
  tickets: number;
  ratings: number;
  rows: number;
  serviceDate: string;
}

/**
 * serviceDay.move: a service day opened under a wrong date (a clock that ran ahead, or a dead RTC
 * battery's year) goes to its right date with its tickets, ratings and counts, in one audited
 * transaction. Numbers stay as printed, so a day whose numbers also exist on the right date is
 * refused; so is a day the city already counted, which it would count twice.
 */
export function moveServiceDay(
  deps: { store: Store; day: CurrentServiceDay; clock: Clock; ackedSeq: () => number },
  input: { from: string; to: string },
  actor: string,
): ServiceDayMoved {
  const { store, day } = deps;
  const { from, to } = input;
  const now = deps.clock.now();
  const byClock = day.clockServiceDate(now);
  const current = day.serviceDate(now);
  if (from === to) throw LoketError.forField('bad_request', 'to', 'day_same', { from }, `The day ${from} is already dated ${to}.`);
  if (to > byClock) {
    throw LoketError.forField('bad_request', 'to', 'day_after_today', { to, today: byClock }, `${to} is after the clock's today (${byClock}). Set the computer's date and time first, then move the day.`);
  }
  if (from === current && byClock >= from) {
    throw LoketError.forField('wrong_state', 'from', 'day_is_real', { from, today: byClock }, `The clock still says ${byClock}, so ${from} is a real day. If the clock is wrong, set the computer's date and time first.`);
  }
  if (from === current && to !== byClock) {
    throw LoketError.forField('bad_request', 'to', 'day_in_use', { from, today: byClock }, `The day in use (${from}) can only move to the clock's today, ${byClock}: its open tickets go on being served today.`);
  }
  return store.transaction(() => {
    const conflicts = store.serviceDayMove.conflicts(from, to, CONFLICTS_NAMED);
    if (conflicts.length > 0) {
      const labels = conflicts.map((c) => `${c.prefix}-${String(c.number).padStart(3, '0')}`).join(', ');
      throw LoketError.forField('wrong_state', 'to', 'numbers_collide', { numbers: labels, from, to }, `Numbers such as ${labels} were issued on both ${from} and ${to}; moving would give two visitors one number. Nothing was moved.`);
    }
    const sent = store.serviceDayMove.sentRows(from, deps.ackedSeq());
    if (sent > 0) {
      throw LoketError.forField(
        'wrong_state',
        'from',
        'day_already_sent',
        { n: sent, from },
        `${sent} of ${from}'s counts already reached the city server, which would then count them twice. Ask the city administrator to hold back ${from} for this office (quarantine); nothing was moved.`,
      );
    }
    const moved = store.serviceDayMove.move(from, to, store.daily.nextSeq());
    if (moved.tickets === 0 && moved.ratings === 0 && moved.rows === 0) throw LoketError.forField('not_found', 'from', 'day_empty', { from }, `Nothing in this office is dated ${from}.`);
    store.stats.forgetDay(from);
    store.stats.forgetDay(to);
    if (from === current) store.meta.set(SERVICE_DATE_KEY, to);
    // A closed day among the two is summarized again from its tickets now, not at the next day's start.
    day.reannounceClosed(now);
    store.audit.append(now, actor, 'service_day.moved', { from, to, ...moved });
    return { ...moved, serviceDate: day.serviceDate(now) };
  });
}
