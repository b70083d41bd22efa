import type { TicketState } from '../../shared/domain/ticket';
import { LoketError } from '../../shared/api/errors';

/** Which ticket actions are allowed from which states. Everything else is refused and changes nothing. */
export const TRANSITIONS = {
  call: { from: ['waiting'], to: 'called' },
  recall: { from: ['called'], to: 'called' },
  start: { from: ['called'], to: 'serving' },
  finish: { from: ['serving'], to: 'done' },
  noShow: { from: ['called'], to: 'no_show' },
  hold: { from: ['called', 'serving'], to: 'held' },
  resume: { from: ['held'], to: 'called' },
  transfer: { from: ['called', 'serving'], to: 'waiting' },
  cancel: { from: ['waiting', 'held'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly TicketState[]; to: TicketState }>;

export type TicketAction = keyof typeof TRANSITIONS;

const STATE_WORDS: Record<TicketState, string> = {
  waiting: 'waiting',
  called: 'called',
  serving: 'being served',
  held: 'on hold',
  done: 'finished',
  no_show: 'marked no-show',
  cancelled: 'cancelled',
};

export function nextState(action: TicketAction, current: TicketState, label: string): TicketState {
  const t = TRANSITIONS[action];
  if (!(t.from as readonly TicketState[]).includes(current)) {
    throw new LoketError(
      'wrong_state',
      `Ticket ${label} is ${STATE_WORDS[current]}; "${action}" is only possible when it is ${t.from.map((s) => STATE_WORDS[s]).join(' or ')}.`,
    );
  }
  return t.to;
}
