import type { PriorityReason } from '../../../../shared/domain/priority';
import type { ClientErrorCode } from '../../api/client';
import type { IssuedTicket } from './issuedTicket';

/** Where a visitor is in taking a number. Every path ends in a confirmation or an error, then the start again. */
export type KioskStep =
  | { kind: 'start' }
  | { kind: 'reasons' }
  | { kind: 'priorityServices'; reason: PriorityReason }
  | { kind: 'issuing' }
  | { kind: 'confirmation'; ticket: IssuedTicket }
  | { kind: 'error'; code: ClientErrorCode };

export const START: KioskStep = { kind: 'start' };

/** A choice in progress that nobody touches for a while is abandoned (the visitor walked away). */
export function isAbandonable(step: KioskStep): boolean {
  return step.kind === 'reasons' || step.kind === 'priorityServices' || step.kind === 'error';
}
