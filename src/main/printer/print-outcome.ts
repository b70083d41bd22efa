import type { PrinterStatus } from './status';

/**
 * - printed: the printer confirmed the whole ticket (GS r 1), or the data was delivered to a
 *   transport that cannot confirm (status 'unknown').
 * - failed: the ticket was sent, at least in part, but not confirmed; it may be missing or cut short.
 * - not_printed: nothing was sent (printer not ready, unreachable, or no printer).
 */
export interface PrintOutcome {
  outcome: 'printed' | 'failed' | 'not_printed';
  status: PrinterStatus;
  reason?: string;
}
