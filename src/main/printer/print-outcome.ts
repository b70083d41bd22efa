import type { PrinterStatus } from './status';

/**
 * - printed: the ticket was handed over whole. `confirmed` when the printer said so (GS r 1) or a
 *   spooler whose driver reports status saw the job through without a fault; not confirmed when the
 *   transport cannot tell (status 'unknown'), so the paper may be missing.
 * - failed: the ticket was sent, at least in part, but not confirmed; it may be missing or cut short.
 * - not_printed: nothing was sent (printer not ready, unreachable, or no printer).
 */
export type PrintOutcome =
  | { outcome: 'printed'; confirmed: boolean; status: PrinterStatus; reason?: string }
  | { outcome: 'failed' | 'not_printed'; status: PrinterStatus; reason?: string };
