export type TicketLanguage = 'id' | 'en';

/** Everything printed on a queue ticket, already resolved to plain values. */
export interface TicketPrintData {
  officeName: string;
  serviceName: string;
  /** Service prefix and zero-padded number, e.g. "A-017". */
  ticketLabel: string;
  /** The priority group in the visitor's language, e.g. "Lanjut usia"; absent for a regular ticket. */
  priorityReasonLabel?: string;
  issuedAtMs: number;
  /** IANA time zone of the office, e.g. "Asia/Makassar". */
  timeZone: string;
  peopleAhead: number;
  /** Null when no estimate is possible (no counter open for the service). */
  estimatedWaitMinutes: number | null;
  qrPayload: string;
  /** Lines printed small at the bottom; the printer service fills them from its config when absent. */
  footerLines?: readonly string[];
  language: TicketLanguage;
}
