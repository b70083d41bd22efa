/** Printer health as the kiosk and the supervisor see it (from DLE EOT and GS r 1 replies). */
export const PRINTER_STATES = ['ok', 'near_end', 'paper_out', 'cover_open', 'offline', 'error', 'no_reply', 'unknown'] as const;
export type PrinterState = (typeof PRINTER_STATES)[number];

/**
 * What happened to a ticket's paper: printed (confirmed or delivered), failed (sent but not
 * confirmed), not_printed (nothing sent: printer not ready), none (this kiosk has no printer).
 */
export const PRINT_OUTCOMES = ['printed', 'failed', 'not_printed', 'none'] as const;
export type PrintOutcomeKind = (typeof PRINT_OUTCOMES)[number];
