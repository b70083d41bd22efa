import { randomUUID } from 'node:crypto';
import { LoketError } from '../../shared/api/errors';
import type { IssuedTicket } from '../../shared/api/schemas';
import type { PrintOutcomeKind } from '../../shared/domain/printer';
import type { PriorityReason } from '../../shared/domain/priority';
import type { Store } from '../store/store';
import type { TicketRecord } from '../store/ticketsRepo';
import { NOBODY } from './actor';
import type { Clock } from './clock';
import { countTicket } from './dailyMetrics';
import type { EventBus } from './eventBus';
import type { OfficeSetup } from './officeSetup';
import { serviceAvailability } from './openingHours';
import { aheadOfNewTicket } from './queueOrder';
import type { Records } from './records';
import type { CurrentServiceDay } from './currentServiceDay';
import { logTicket } from './ticketLog';
import { newPhoneCode } from './phoneCodeGenerator';
import type { WaitEstimator } from './waitEstimator';

/** A booked visitor's ticket: its place in the queue (bookingPlacedAt) and what commits with it (the check-in). */
export interface BookedPlace {
  placedAt: number;
  /** Runs inside the ticket's transaction, after its insert; throwing rolls the ticket back. */
  commitWith: (ticketId: string, now: number) => void;
}

/** A ticket's start: the number, its place in the queue and the wait told, then how its printing went. */
export class TicketIssuing {
  constructor(
    private readonly store: Store,
    private readonly setup: OfficeSetup,
    private readonly records: Records,
    private readonly day: CurrentServiceDay,
    private readonly waits: WaitEstimator,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  /**
   * Commits a new ticket. `print` is 'pending' when a printer will be tried next (its outcome is
   * recorded by recordPrintOutcome) or 'none' when this kiosk has no printer: then one commit is all.
   * A `booked` ticket joins its queue at its place instead of the back.
   */
  issue(input: { serviceCode: string; priorityReason?: PriorityReason | undefined }, print: 'pending' | 'none' = 'pending', booked?: BookedPlace): IssuedTicket {
    const service = this.setup.service(input.serviceCode);
    const reason = input.priorityReason ?? null;
    if (reason !== null && !service.priorityOffered) {
      throw new LoketError('bad_request', `Service ${service.code} does not offer priority tickets.`);
    }
    if (reason !== null && !this.setup.config.priority.reasons.includes(reason)) {
      throw new LoketError('bad_request', `Priority reason "${reason}" is not enabled in this office.`);
    }
    // A full disk: no number that the next call or finish could not record; issuing resumes once there is room.
    if (this.store.health.full) {
      throw new LoketError('storage_full', "The office PC's disk is full: no new numbers until space is freed. Loket resumes by itself.");
    }
    const now = this.clock.now();
    const result = this.store.transaction(() => {
      const date = this.day.roll(now);
      const issuedToday = this.store.tickets.maxNumber(date, service.code);
      // A booked seat was promised by the city: the service must be open at the slot's start (its check-in
      // window may open before the doors do), and the day's quota, which rations walk-ins, does not apply.
      const availability = booked
        ? serviceAvailability(this.setup.config.office, service, booked.placedAt, 0)
        : serviceAvailability(this.setup.config.office, service, now, issuedToday);
      if (availability === 'closed') {
        throw new LoketError('service_closed', `Service ${service.code} is closed now (see its opening hours).`);
      }
      if (availability === 'full') {
        throw new LoketError('quota_reached', `Service ${service.code} has reached today's quota of ${service.dailyQuota}.`);
      }
      const isPriority = reason !== null;
      const enqueuedAt = booked?.placedAt ?? now;
      // Counted before the insert, up to its place: a booked ticket placed at a slot still to come is not ahead of a walk-in now.
      const waiting = this.store.tickets.waitingByClass(date, service.code);
      const aheadCount = aheadOfNewTicket(waiting, isPriority, this.store.tickets.waitingInClassAfter(date, service.code, isPriority, enqueuedAt));
      const ticket: TicketRecord = {
        id: randomUUID(),
        serviceDate: date,
        issuedService: service.code,
        prefix: service.prefix,
        number: issuedToday + 1,
        serviceCode: service.code,
        priorityReason: reason,
        state: 'waiting',
        counterNumber: null,
        queueFront: false,
        enqueuedAt,
        enqueueSeq: this.store.tickets.nextEnqueueSeq(),
        issuedAt: now,
        calledAt: null,
        startedAt: null,
        endedAt: null,
        recallCount: 0,
      };
      this.store.tickets.insert(ticket, print);
      // 65 random bits among at most a few thousand codes a day: a collision is not worth a retry.
      this.store.phoneCodes.assign(ticket.id, newPhoneCode());
      this.store.ticketEvents.append({
        ticketId: ticket.id,
        type: 'issued',
        at: now,
        serviceCode: service.code,
        counterNumber: null,
        staffId: null,
        data: reason ? { priorityReason: reason } : null,
      });
      this.store.daily.add([countTicket(date, 'issued', service.code, reason)]);
      booked?.commitWith(ticket.id, now);
      const estimatedWaitMinutes = this.waits.minutes(service, aheadCount, now);
      return { ...this.records.ticketView(ticket), aheadCount, estimatedWaitMinutes };
    });
    this.bus.publish('queue.changed', { serviceCodes: [service.code] });
    return result;
  }

  /**
   * Reserve, print, confirm: after the ticket's commit the printer was tried; record how it went. A
   * ticket whose paper did not come out is voided when the office says so, so no number stays in the
   * queue that nobody holds.
   */
  recordPrintOutcome(ticketId: string, outcome: PrintOutcomeKind, detail: string | null, voidOnFailure: boolean): { voided: boolean } {
    const now = this.clock.now();
    const result = this.store.transaction(() => {
      const t = this.records.ticket(ticketId);
      this.store.tickets.setPrintOutcome(t.id, outcome, detail);
      const failed = outcome === 'failed' || outcome === 'not_printed';
      const voided = failed && voidOnFailure && t.state === 'waiting';
      logTicket(this.store, t, failed ? 'print_failed' : 'printed', now, null, NOBODY, { outcome, detail, voided }, []);
      if (voided) {
        this.store.tickets.update(t.id, { state: 'cancelled', endedAt: now });
        logTicket(this.store, t, 'cancelled', now, null, NOBODY, { reason: 'print_failed', previousState: 'waiting' }, [
          countTicket(t.serviceDate, 'cancelled', t.serviceCode, t.priorityReason),
        ]);
      }
      return { voided, serviceCode: t.serviceCode };
    });
    if (result.voided) this.bus.publish('queue.changed', { serviceCodes: [result.serviceCode] });
    return { voided: result.voided };
  }

}
