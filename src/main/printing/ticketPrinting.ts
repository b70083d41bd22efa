import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { PrinterStatusView, TicketView } from '../../shared/api/schemas';
import { agencyOfService } from '../../shared/config/agencyOfService';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import { formatPhoneCode, phonePageUrl } from '../../shared/domain/phoneCode';
import type { PrintOutcomeKind } from '../../shared/domain/printer';
import { formatBookingCode } from '../../shared/booking/bookingCode';
import { priorityReasonName } from '../../shared/i18n';
import type { Language } from '../../shared/i18n/languages';
import { localDate } from '../../shared/time/localTime';
import type { OfficeCore } from '../core/officeCore';
import type { BookedPlace } from '../core/ticketIssuing';
import type { PrinterService } from '../printer';
import type { SetupCodeNotice } from '../auth/setupCode';
import { encodeSetupSlip } from '../printer/setup-slip';
import type { TicketPrintData } from '../printer/ticket-data';


/** The booking a ticket was checked in with (its code and slot), looked up by the day of its check-in. */
export type BookingOfTicket = (ticketId: string, day: string) => { code: string; slot: string } | undefined;

const NO_PRINTER: PrinterStatusView = { state: 'unknown', detail: 'no printer configured' };

/**
 * What a ticket's QR code holds. With the office's public address (lan.publicUrl) it is the ticket's
 * phone page, and the phone code is printed beneath it for a rating tablet to take by hand; without one,
 * "LOKET:<id>" for the rating tablets' scanners, and no phone page is promised.
 */
export function ticketQr(ticketId: string, phoneCode: string | null, publicUrl: string | undefined): Pick<TicketPrintData, 'qrPayload' | 'phoneCode'> {
  if (publicUrl === undefined || phoneCode === null) return { qrPayload: `LOKET:${ticketId}` };
  return { qrPayload: phonePageUrl(publicUrl, phoneCode), phoneCode: formatPhoneCode(phoneCode) };
}

/**
 * Reserve, print, confirm. The ticket is committed by the core first (so a crash while printing
 * never loses a number the visitor may have seen), then printed, then the outcome is recorded, and
 * only then does the kiosk get its answer.
 */
export class TicketPrinting {
  private printer: PrinterService | null = null;
  private unsubscribe: () => void = () => undefined;

  constructor(
    private readonly core: OfficeCore,
    printer: PrinterService | null,
    private readonly config: () => OfficeConfig,
    private readonly bookingOf: BookingOfTicket,
  ) {
    this.attach(printer);
  }

  /** Printer health goes to every screen as printer.status events. */
  private attach(printer: PrinterService | null): void {
    this.unsubscribe();
    this.printer = printer;
    this.unsubscribe = printer?.onStatusChange((status, previous) => this.core.publish('printer.status', { status, previous })) ?? (() => undefined);
  }

  /** The supervisor changed the printer settings: the new printer takes over once the old one has finished its job. */
  async replacePrinter(next: PrinterService | null): Promise<void> {
    const old = this.printer;
    this.attach(next);
    await old?.close();
    this.core.publish('printer.status', { status: this.status, previous: old?.status ?? NO_PRINTER });
  }

  /** The first-run setup code on paper, for whoever stands at the office PC. */
  async printSetupSlip(code: string): Promise<SetupCodeNotice> {
    if (!this.printer) return { printed: false, detail: 'no printer configured' };
    const { outcome, status, reason } = await this.printer.printDocument((profile) => encodeSetupSlip(this.config().office.name, code, profile));
    if (outcome === 'printed') return { printed: true, detail: status.state === 'unknown' ? 'sent to the printer (it cannot confirm)' : 'printed' };
    return { printed: false, detail: reason ?? status.detail ?? status.state };
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.printer?.close();
  }

  get status(): PrinterStatusView {
    return this.printer ? this.printer.status : NO_PRINTER;
  }

  async checkStatus(): Promise<PrinterStatusView> {
    return this.printer ? this.printer.checkStatus() : NO_PRINTER;
  }

  /** A walk-in's number; or, with `booked`, a booking's check-in: placed by its slot, its booking line on the paper. */
  async issue(input: ParsedInput<'tickets.issue'>, booked?: { place: BookedPlace; line: NonNullable<TicketPrintData['booking']> }): Promise<MethodOutput<'tickets.issue'>> {
    const { language, ...request } = input;
    if (!this.printer) {
      return { ...this.core.issue(request, 'none', booked?.place), print: { outcome: 'none', confirmed: false, voided: false, printer: NO_PRINTER } };
    }
    const ticket = this.core.issue(request, 'pending', booked?.place);
    const lang = language ?? this.config().language;
    const queue = { peopleAhead: ticket.aheadCount, estimatedWaitMinutes: ticket.estimatedWaitMinutes, ...(booked ? { booking: booked.line } : {}) };
    const { outcome, confirmed, detail, printer } = await this.print(ticket, lang, queue);
    const voidOnFailure = this.config().printer.onPrintFailure === 'void';
    const { voided } = this.core.recordPrintOutcome(ticket.id, outcome, detail, voidOnFailure);
    const current = voided ? this.core.getTicket({ ticketId: ticket.id }) : ticket;
    return { ...ticket, ...current, print: { outcome, confirmed, voided, printer } };
  }

  async reprint(ticketId: string): Promise<MethodOutput<'tickets.reprint'>> {
    const ticket = this.core.getTicket({ ticketId });
    if (ticket.serviceDate !== this.core.serviceDate()) {
      throw new LoketError('wrong_state', `Ticket ${ticket.label} is from ${ticket.serviceDate}; only today's tickets can be reprinted.`);
    }
    // A booked ticket's copy names its booking as the first paper did: the counter clerk sees why it is ahead.
    const booked = this.bookingOf(ticket.id, localDate(ticket.issuedAt, this.config().office.timeZone));
    const booking = booked ? { booking: { code: formatBookingCode(booked.code), slot: booked.slot } } : {};
    const { outcome, confirmed, detail, printer } = await this.print(ticket, this.config().language, { reprint: true, ...booking });
    this.core.recordPrintOutcome(ticket.id, outcome, detail === null ? 'reprint' : `reprint: ${detail}`, false);
    return { ticket, print: { outcome, confirmed, voided: false, printer } };
  }

  reprintLast(): Promise<MethodOutput<'tickets.reprintLast'>> {
    return this.reprint(this.core.lastIssuedTicket().id);
  }

  private async print(
    ticket: TicketView,
    lang: Language,
    /** The queue as the visitor took the number (and the booking it came with); a reprint prints none (it would be stale), only the booking. */
    queue: Pick<TicketPrintData, 'peopleAhead' | 'estimatedWaitMinutes' | 'booking'> | { reprint: true; booking?: TicketPrintData['booking'] },
  ): Promise<{ outcome: PrintOutcomeKind; confirmed: boolean; detail: string | null; printer: PrinterStatusView }> {
    if (!this.printer) throw new LoketError('wrong_state', 'This kiosk has no printer configured.');
    const config = this.config();
    const agency = agencyOfService(config, ticket.serviceCode);
    const data: TicketPrintData = {
      officeName: config.office.name,
      ...(agency ? { agencyName: agency.name[lang] } : {}),
      serviceName: ticket.serviceName[lang],
      ticketLabel: ticket.label,
      ...(ticket.priorityReason ? { priorityReasonLabel: priorityReasonName(lang, ticket.priorityReason) } : {}),
      issuedAtMs: ticket.issuedAt,
      timeZone: config.office.timeZone,
      ...('reprint' in queue ? { peopleAhead: 0, estimatedWaitMinutes: null, ...queue } : queue),
      ...ticketQr(ticket.id, this.core.phoneCodeOf(ticket.id), config.lan?.publicUrl),
      language: lang,
    };
    try {
      const result = await this.printer.print(data);
      const confirmed = result.outcome === 'printed' && result.confirmed;
      return { outcome: result.outcome, confirmed, detail: result.reason ?? null, printer: result.status };
    } catch (err) {
      // The printer layer reports faults as outcomes; anything thrown is a bug, but the number stands.
      console.error('[printing] unexpected failure', err);
      return { outcome: 'failed', confirmed: false, detail: String((err as Error).message ?? err), printer: this.printer.status };
    }
  }
}
