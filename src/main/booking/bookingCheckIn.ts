import type { ParsedInput } from '../../shared/api/contract';
import type { BookingCheckInResult, BookingDay, BookingFigures } from '../../shared/api/methods/booking';
import { formatBookingCode } from '../../shared/booking/bookingCode';
import { ticketLabel } from '../../shared/domain/ticket';
import { localDate } from '../../shared/time/localTime';
import type { Clock } from '../core/clock';
import type { OfficeCore } from '../core/officeCore';
import { bookingPlacedAt } from '../core/queueOrder';
import type { TicketPrinting } from '../printing/ticketPrinting';
import type { Store } from '../store/store';
import { SyncStore } from '../sync/syncStore';
import { bookingFigures } from './bookingFigures';
import { admitBooking, bookingRefused, type AdmissionFacts } from './admitBooking';
import type { CheckInSource, ForgedBookings } from './forgedBookings';
import { bookingVerifier, type CheckInRules } from './verifyBooking';

/**
 * The kiosk's "Sudah punya booking?": a booking admitted (admitBooking.ts) becomes a ticket placed by its
 * slot (bookingPlacedAt), its check-in committed in the ticket's own transaction, then printed like any
 * ticket. The code's primary key makes a second check-in fail even when two kiosks scan it at once.
 * Forged codes and codes for another office go to the security log, and slow their source (forgedBookings.ts).
 */
export class BookingCheckIn {
  private readonly syncStore: SyncStore;
  private verifier: { key: string; verify: AdmissionFacts['verify'] } | null = null;

  constructor(
    private readonly store: Store,
    private readonly core: OfficeCore,
    private readonly printing: TicketPrinting,
    private readonly clock: Clock,
    private readonly forged: ForgedBookings,
  ) {
    this.syncStore = new SyncStore(store);
  }

  async checkIn(input: ParsedInput<'booking.checkIn'>, from: CheckInSource): Promise<BookingCheckInResult> {
    this.forged.check(from);
    const now = this.clock.now();
    const config = this.core.officeConfig;
    const { claim, window } = this.admit(input.code, from, now);
    const placedAt = bookingPlacedAt(claim.day, claim.slot, config.office.timeZone);
    const place = {
      placedAt,
      commitWith: (ticketId: string, at: number) => {
        const record = { code: claim.code, day: claim.day, serviceCode: claim.serviceCode, slot: claim.slot, ticketId, checkedInAt: at };
        if (!this.store.bookings.recordCheckIn(record)) throw bookingRefused('already_used', { claim, window }, this.store.bookings.checkInOf(claim.code)?.checkedInAt);
      },
    };
    const request = { serviceCode: claim.serviceCode, ...(input.priorityReason ? { priorityReason: input.priorityReason } : {}), ...(input.language ? { language: input.language } : {}) };
    const ticket = await this.printing.issue(request, { place, line: { code: formatBookingCode(claim.code), slot: claim.slot } });
    // A ticket voided because its paper never came out holds no place: the booking may be used again.
    if (ticket.print.voided) this.store.transaction(() => this.store.bookings.releaseCheckIn(claim.code, ticket.id));
    return { ...ticket, booking: { code: claim.code, serviceCode: claim.serviceCode, day: claim.day, slot: claim.slot, placedAt } };
  }

  /** Today's bookings for the supervisor: the pulled list and the check-ins made without it. */
  today(): BookingDay {
    const day = localDate(this.clock.now(), this.core.officeConfig.office.timeZone);
    return {
      day,
      pulledAt: this.store.bookings.pulledAt(day),
      cityKeyKnown: this.syncStore.enrolment()?.bookingKey !== undefined,
      rows: this.store.bookings.day(day).map((r) => ({
        code: r.code,
        serviceCode: r.serviceCode,
        slot: r.slot,
        listed: r.listed,
        cancelledAt: r.cancelledAt,
        checkedInAt: r.checkedInAt,
        ticketLabel: r.ticketPrefix !== null && r.ticketNumber !== null ? ticketLabel(r.ticketPrefix, r.ticketNumber) : null,
      })),
    };
  }

  /** Today's booked-versus-walk-in figures and booking seats for the supervisor (bookingFigures.ts). */
  figures(): BookingFigures {
    const now = this.clock.now();
    const config = this.core.officeConfig;
    const day = localDate(now, config.office.timeZone);
    return bookingFigures({ day, now, config, rows: this.store.bookings.day(day), totals: this.store.bookingFigures.totals(day) });
  }

  private admit(text: string, from: CheckInSource, now: number): ReturnType<typeof admitBooking> {
    try {
      return admitBooking(text, this.facts(), now);
    } catch (err) {
      this.forged.refused(from, text, err);
      throw err;
    }
  }

  private facts(): AdmissionFacts {
    const { office, booking } = this.core.officeConfig;
    const rules: CheckInRules = { officeId: office.id, timeZone: office.timeZone, checkInBeforeMinutes: booking.checkInBeforeMinutes, checkInAfterMinutes: booking.checkInAfterMinutes };
    return { rules, verify: this.verify(), listed: (code) => this.store.bookings.listed(code), checkIn: (code) => this.store.bookings.checkInOf(code) };
  }

  /** The verifier of the key held now, parsed once per key (a pull may bring a new one). */
  private verify(): AdmissionFacts['verify'] {
    const key = this.syncStore.enrolment()?.bookingKey;
    if (key === undefined) return null;
    if (this.verifier?.key !== key) {
      try {
        this.verifier = { key, verify: bookingVerifier(key) };
      } catch (err) {
        console.error('[booking] the city booking key held is not usable', err);
        this.verifier = { key, verify: null };
      }
    }
    return this.verifier.verify;
  }
}
