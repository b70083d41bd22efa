import { agencyLogoUrl } from '../../shared/office/agencyLogoUrl';
import { checkInWindow, daySlots, slotCapacity } from '../../shared/booking/slots';
import { standardsFromConfig } from '../../shared/booking/standards';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import { localDate } from '../../shared/time/localTime';
import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { StorageStatusView, TicketView } from '../../shared/api/schemas';
import { parseTicketRef } from '../../shared/domain/ticketRef';
import type { Store } from '../store/store';
import type { TicketRecord } from '../store/ticketsRepo';
import type { Clock } from './clock';
import type { OfficeSetup } from './officeSetup';
import { serviceAvailability, serviceOpensAt } from './openingHours';
import { orderQueue } from './queueOrder';
import type { Records } from './records';
import type { CurrentServiceDay } from './currentServiceDay';
import type { WaitEstimator } from './waitEstimator';

/** Whether a booking could be checked in now: inside the check-in window of one of today's slots of a bookable service. */
function checkInOpen(config: OfficeConfig, now: number): boolean {
  const doc = standardsFromConfig(config);
  const day = localDate(now, config.office.timeZone);
  return doc.services.some(
    (s) =>
      slotCapacity(doc, s.code) > 0 &&
      daySlots(doc, s.code, day).some((slot) => {
        const window = checkInWindow(day, slot.time, config.office.timeZone, doc.booking);
        return now >= window.opensAt && now <= window.closesAt;
      }),
  );
}

/** What the screens read: the office overview, the queue snapshot, recent calls and single tickets. */
export class QueueViews {
  constructor(
    private readonly store: Store,
    private readonly setup: OfficeSetup,
    private readonly records: Records,
    private readonly day: CurrentServiceDay,
    private readonly waits: WaitEstimator,
    private readonly clock: Clock,
  ) {}

  /** The wait a regular visitor taking a number now would be told (the supervisor's monitor). */
  estimateForNewTicket(serviceCode: string, waitingRegularAndPriority: number): number | null {
    return this.waits.minutes(this.setup.service(serviceCode), waitingRegularAndPriority, this.clock.now());
  }

  /** Whether the disk has room for new tickets (the kiosk's banner, the supervisor's monitor). */
  storageStatus(): StorageStatusView {
    return this.store.health.status();
  }

  overview(): MethodOutput<'office.overview'> {
    const config = this.setup.config;
    const now = this.clock.now();
    const date = this.day.serviceDate(now);
    // Per-service counts and the day's highest number (numbers are consecutive): never the queue itself.
    const waiting = this.store.tickets.waitingCounts(date);
    return {
      office: {
        id: config.office.id,
        name: config.office.name,
        address: config.office.address,
        timeZone: config.office.timeZone,
      },
      language: config.language,
      serviceDate: date,
      now,
      services: config.services.map((s) => {
        const issuedToday = this.store.tickets.maxNumber(date, s.code);
        const availability = serviceAvailability(config.office, s, now, issuedToday);
        return {
          code: s.code,
          name: s.name,
          hint: s.hint ?? null,
          prefix: s.prefix,
          availability,
          waiting: waiting.get(s.code) ?? 0,
          priorityOffered: s.priorityOffered,
          quota: s.dailyQuota ?? null,
          issuedToday,
          opensAt: availability === 'closed' ? serviceOpensAt(config.office, s, now) : null,
          agency: s.agency ?? null,
        };
      }),
      agencies: (config.agencies ?? []).map((a) => ({
        id: a.id,
        name: a.name,
        shortName: a.shortName,
        logoUrl: a.logo === undefined ? null : agencyLogoUrl(a.logo),
      })),
      priorityReasons: config.priority.reasons,
      kiosk: { ...config.kiosk, onPrintFailure: config.printer.onPrintFailure, checkInOpen: checkInOpen(config, now) },
      display: { runningText: config.display.runningText ?? null, recentCalls: config.display.recentCalls },
      ratings: { thankYouSeconds: config.ratings.thankYouSeconds, idleResetSeconds: config.ratings.idleResetSeconds },
      storage: { state: this.store.health.full ? 'full' : 'ok' },
    };
  }

  /**
   * The ticket a person typed or scanned: "LOKET:<id>" (or the id) from the QR code finds it on any day,
   * a printed number such as "A-017" among today's tickets.
   */
  ticketByRef(ref: string): TicketRecord {
    const parsed = parseTicketRef(ref);
    if (!parsed) throw new LoketError('bad_request', `"${ref}" is neither a ticket number such as A-017 nor a ticket QR code.`);
    const ticket =
      parsed.kind === 'id'
        ? this.store.tickets.get(parsed.ticketId)
        : parsed.kind === 'phoneCode'
          ? this.ticketByPhoneCode(parsed.code)
          : this.store.tickets.byLabel(this.day.serviceDate(), parsed.prefix, parsed.number);
    if (!ticket) throw new LoketError('not_found', `Ticket ${ref} was not issued by this office today.`);
    return ticket;
  }

  /** The ticket a phone code opens, on any day (the caller judges whether its day is over). */
  ticketByPhoneCode(code: string): TicketRecord | undefined {
    const id = this.store.phoneCodes.ticketId(code);
    return id === undefined ? undefined : this.store.tickets.get(id);
  }

  /** One of today's tickets, whatever its state (a supervisor's reprint). */
  findTodayTicket(input: ParsedInput<'tickets.findToday'>): TicketView {
    const ticket = this.ticketByRef(input.ticketRef);
    if (ticket.serviceDate !== this.day.serviceDate()) {
      throw new LoketError('wrong_state', `Ticket ${input.ticketRef} is from ${ticket.serviceDate}; only today's tickets can be found here.`);
    }
    return this.records.ticketView(ticket);
  }

  getTicket(input: ParsedInput<'tickets.get'>): TicketView {
    return this.records.ticketView(this.records.ticket(input.ticketId));
  }

  snapshot(): MethodOutput<'queue.snapshot'> {
    const config = this.setup.config;
    const date = this.day.serviceDate();
    const active = this.store.tickets.active(date);
    return {
      serviceDate: date,
      services: config.services.map((s) => ({
        code: s.code,
        name: s.name,
        waiting: orderQueue(active.filter((t) => t.state === 'waiting' && t.serviceCode === s.code)).map((t) => this.records.ticketView(t)),
        held: active.filter((t) => t.state === 'held' && t.serviceCode === s.code).map((t) => this.records.ticketView(t)),
      })),
      counters: this.store.counters
        .all()
        .filter((c) => this.setup.findCounter(c.number) !== undefined)
        .map((c) => this.records.counterView(c)),
    };
  }

  /** `serviceCodes`: a zone display's services (null: the whole building). */
  recentCalls(input: ParsedInput<'calls.recent'>, serviceCodes: ReadonlySet<string> | null = null): MethodOutput<'calls.recent'> {
    return this.store.ticketEvents.recentCalls(this.day.serviceDate(), input.limit, serviceCodes).map((c) => {
      const t = this.records.ticket(c.ticketId);
      return {
        callId: c.id,
        ticket: this.records.ticketView(t),
        counterNumber: c.counterNumber,
        counterName: this.setup.findCounter(c.counterNumber)?.name ?? `Loket ${c.counterNumber}`,
        at: c.at,
        recall: c.type !== 'called',
      };
    });
  }

  /** The last ticket issued today, for a supervisor's reprint. */
  lastIssuedTicket(): TicketView {
    const id = this.store.tickets.lastIssued(this.day.serviceDate());
    if (!id) throw new LoketError('not_found', 'No ticket has been issued today.');
    return this.records.ticketView(this.records.ticket(id));
  }
}
