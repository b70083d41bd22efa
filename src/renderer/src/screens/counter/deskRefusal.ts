import type { MessageKey } from '../../../../shared/i18n';
import type { DeskAction, DeskState } from './deskState';

/**
 * Why a shortcut did nothing, for the keys a clerk presses to get the next visitor (Space, N, C): a
 * closed or paused counter, a ticket still at the desk, or nobody waiting. Other keys are not explained:
 * their buttons show they are off.
 */
export function deskRefusal(desk: DeskState, action: DeskAction): MessageKey | null {
  if (action !== 'callNext' && action !== 'callTicket') return null;
  if (desk.counter.state === 'closed') return 'counter.refused.closed';
  if (desk.counter.state === 'paused') return 'counter.refused.paused';
  if (desk.current) return 'counter.refused.busy';
  if (desk.waitingTotal === 0) return 'counter.refused.nobody';
  return null;
}
