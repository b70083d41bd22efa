import type { Language } from '../../shared/i18n/languages';

/** Everything printed on a queue ticket, already resolved to plain values. */
export interface TicketPrintData {
  officeName: string;
  /** In a Mal Pelayanan Publik, the agency whose counters call this number, printed under the building's name. */
  agencyName?: string;
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
  /**
   * A supervisor's reprint: the ticket says "CETAK ULANG" and leaves out the people ahead and the
   * estimate, which were true when the number was issued and are stale now.
   */
  reprint?: boolean;
  qrPayload: string;
  /**
   * The ticket's phone code as printed ("7K3M-Q9XA-2BWRT"), when the QR code opens its phone page; the
   * ticket then invites the phone and prints the code for a rating tablet. Absent: the QR is for the tablets.
   */
  phoneCode?: string;
  /** A booked visitor's ticket: the booking's code as shown ("K7QM-3ZPA") and its slot ("10:30"), printed under the service. */
  booking?: { code: string; slot: string };
  /** Lines printed small at the bottom; the printer service fills them from its config when absent. */
  footerLines?: readonly string[];
  language: Language;
}
