import type { PriorityReason } from '../../../../shared/domain/priority';
import type { CheckedInBooking } from '../../../../shared/api/methods/booking';
import type { ClientErrorCode } from '../../api/client';
import type { BookingRefusal } from './booking/bookingRefusal';
import type { IssuedTicket } from './issuedTicket';

/** Where a visitor is in taking a number. Every path ends in a confirmation or an error, then the start again. */
export type KioskStep =
  | { kind: 'start' }
  /** A Mal Pelayanan Publik's agency chosen on the start screen: its services. */
  | { kind: 'agency'; agency: string }
  /** The Pasal 29 groups, and then their services; within the agency chosen, if any. */
  | { kind: 'reasons'; agency: string | null }
  | { kind: 'priorityServices'; reason: PriorityReason; agency: string | null }
  | { kind: 'issuing' }
  /** A booking's check-in screen (camera, scanner, typed code), with the Pasal 29 group chosen there, if any. */
  | { kind: 'checkIn'; reason: PriorityReason | null }
  | { kind: 'checkInReasons'; reason: PriorityReason | null }
  | { kind: 'checkingIn' }
  | { kind: 'checkInRefused'; refusal: BookingRefusal; reason: PriorityReason | null }
  | { kind: 'confirmation'; ticket: IssuedTicket; booking?: CheckedInBooking }
  | { kind: 'error'; code: ClientErrorCode };

export const START: KioskStep = { kind: 'start' };

/** A choice in progress that nobody touches for a while is abandoned (the visitor walked away). */
export function isAbandonable(step: KioskStep): boolean {
  switch (step.kind) {
    case 'agency':
    case 'reasons':
    case 'priorityServices':
    case 'checkIn':
    case 'checkInReasons':
    case 'checkInRefused':
    case 'error':
      return true;
    default:
      return false;
  }
}

/** Where a scanner's code is taken (and goes straight to check-in): not while a number is issued or shown. */
export function takesScans(step: KioskStep): boolean {
  return step.kind !== 'issuing' && step.kind !== 'checkingIn' && step.kind !== 'confirmation';
}

/** The Pasal 29 group a visitor chose on the way to this step, if any: a booking scanned from here keeps it. */
export function chosenReason(step: KioskStep): PriorityReason | null {
  switch (step.kind) {
    case 'priorityServices':
    case 'checkIn':
    case 'checkInReasons':
    case 'checkInRefused':
      return step.reason;
    default:
      return null;
  }
}
