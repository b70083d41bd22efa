import type { IssuedTicket } from './issuedTicket';

/**
 * What the confirmation tells the visitor about the paper: take it (the printer confirmed it), remember
 * the number in case none came out (sent, but the printer or its driver cannot confirm), remember it
 * (no printer), it failed, or the number was voided with it.
 */
export type PrintMessage = 'take' | 'rememberIfMissing' | 'none' | 'failed' | 'voided';

export function printMessage(print: IssuedTicket['print']): PrintMessage {
  if (print.voided) return 'voided';
  if (print.outcome === 'none') return 'none';
  if (print.outcome !== 'printed') return 'failed';
  return print.confirmed ? 'take' : 'rememberIfMissing';
}

/** A visitor who may hold no paper needs longer to read and remember the number. */
export function confirmationSeconds(baseSeconds: number, message: PrintMessage): number {
  return message === 'take' || message === 'none' ? baseSeconds : baseSeconds * 2;
}
