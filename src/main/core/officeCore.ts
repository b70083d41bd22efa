import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { EventName, EventPayload } from '../../shared/api/events';
import type { CounterView, IssuedTicket, StorageStatusView, TicketView } from '../../shared/api/schemas';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import type { PrintOutcomeKind } from '../../shared/domain/printer';
import type { PriorityReason } from '../../shared/domain/priority';
import type { Store } from '../store/store';
import type { TicketRecord } from '../store/ticketsRepo';
import { NOBODY, type Actor } from './actor';
import { systemClock, type Clock } from './clock';
import { Counters } from './counters';
import { DaysClosedEvents } from './daysClosed';
import { EventBus, type EventListener } from './eventBus';
import { OfficeSetup } from './officeSetup';
import { QueueViews } from './queueViews';
import { Records } from './records';
import { CurrentServiceDay } from './currentServiceDay';
import { TicketIssuing, type BookedPlace } from './ticketIssuing';
import { TicketLifecycle } from './ticketLifecycle';
import { TicketProgressViews, type TicketProgress } from './ticketProgress';
import { WaitEstimator } from './waitEstimator';

/**
 * The office core: every queue rule, each state change in one SQLite transaction with its event-log
 * row and daily counters, and events pushed to subscribers only after the commit. It composes one
 * part per job and answers for them, so its callers see one object.
 */
export class OfficeCore {
  /** The service day in use and its rollover (serviceDay.move works on it). */
  readonly serviceDay: CurrentServiceDay;
  private readonly setup: OfficeSetup;
  private readonly bus = new EventBus();
  private readonly counters: Counters;
  private readonly issuing: TicketIssuing;
  private readonly lifecycle: TicketLifecycle;
  private readonly views: QueueViews;
  private readonly progressViews: TicketProgressViews;

  /**
   * `daysClosed` hears, inside the closing transaction, of every day that closes; subscribe before
   * constructing, as the core already closes the days left behind while the office was off.
   */
  constructor(
    private readonly store: Store,
    config: OfficeConfig,
    private readonly clock: Clock = systemClock,
    daysClosed = new DaysClosedEvents(),
  ) {
    this.setup = new OfficeSetup(config);
    const records = new Records(store, this.setup);
    const waits = new WaitEstimator(store, this.setup);
    this.serviceDay = new CurrentServiceDay(store, () => this.setup.config, clock, daysClosed);
    this.counters = new Counters(store, this.setup, records, this.serviceDay, this.bus, clock);
    this.issuing = new TicketIssuing(store, this.setup, records, this.serviceDay, waits, this.bus, clock);
    this.lifecycle = new TicketLifecycle(store, this.setup, records, this.serviceDay, this.bus, clock);
    this.views = new QueueViews(store, this.setup, records, this.serviceDay, waits, clock);
    this.progressViews = new TicketProgressViews(store, this.setup, this.serviceDay, waits, clock);
    const now = clock.now();
    store.transaction(() => {
      this.counters.ensure(config, now);
      this.serviceDay.roll(now);
    });
  }

  get officeConfig(): OfficeConfig {
    return this.setup.config;
  }

  /** Applies a new, already validated configuration at once (the supervisor's settings). */
  reconfigure(config: OfficeConfig): void {
    const now = this.clock.now();
    this.store.transaction(() => this.counters.ensure(config, now));
    this.setup.apply(config);
  }

  // ---------- events ----------

  subscribe(listener: EventListener): () => void {
    return this.bus.subscribe(listener);
  }

  /** Pushes an event to every subscriber; also used by the office's other services (printer health). */
  publish<E extends EventName>(type: E, payload: EventPayload<E>): void {
    this.bus.publish(type, payload);
  }

  // ---------- service day ----------

  /** The service day the clock says now, whatever day is in use. */
  clockServiceDate(now = this.clock.now()): string {
    return this.serviceDay.clockServiceDate(now);
  }

  /** Read-only view of today's service date (never earlier than the latest day already used). */
  serviceDate(now = this.clock.now()): string {
    return this.serviceDay.serviceDate(now);
  }

  // ---------- reads ----------

  estimateForNewTicket(serviceCode: string, waitingRegularAndPriority: number): number | null {
    return this.views.estimateForNewTicket(serviceCode, waitingRegularAndPriority);
  }

  storageStatus(): StorageStatusView {
    return this.views.storageStatus();
  }

  overview(): MethodOutput<'office.overview'> {
    return this.views.overview();
  }

  ticketByRef(ref: string): TicketRecord {
    return this.views.ticketByRef(ref);
  }

  ticketByPhoneCode(code: string): TicketRecord | undefined {
    return this.views.ticketByPhoneCode(code);
  }

  /** The phone code printed on a ticket (null for a ticket issued before phone codes existed). */
  phoneCodeOf(ticketId: string): string | null {
    return this.store.phoneCodes.codeOf(ticketId);
  }

  /** Where each ticket stands now (the phone pages), from one read of the queue. */
  ticketProgress(ticketIds: readonly string[]): Map<string, TicketProgress> {
    return this.progressViews.progress(ticketIds);
  }

  findTodayTicket(input: ParsedInput<'tickets.findToday'>): TicketView {
    return this.views.findTodayTicket(input);
  }

  getTicket(input: ParsedInput<'tickets.get'>): TicketView {
    return this.views.getTicket(input);
  }

  snapshot(): MethodOutput<'queue.snapshot'> {
    return this.views.snapshot();
  }

  recentCalls(input: ParsedInput<'calls.recent'>, serviceCodes: ReadonlySet<string> | null = null): MethodOutput<'calls.recent'> {
    return this.views.recentCalls(input, serviceCodes);
  }

  lastIssuedTicket(): TicketView {
    return this.views.lastIssuedTicket();
  }

  // ---------- tickets ----------

  /** A new ticket; a `booked` one (a booking's check-in) joins its queue at its place, not at the back. */
  issue(input: { serviceCode: string; priorityReason?: PriorityReason | undefined }, print: 'pending' | 'none' = 'pending', booked?: BookedPlace): IssuedTicket {
    return this.issuing.issue(input, print, booked);
  }

  recordPrintOutcome(ticketId: string, outcome: PrintOutcomeKind, detail: string | null, voidOnFailure: boolean): { voided: boolean } {
    return this.issuing.recordPrintOutcome(ticketId, outcome, detail, voidOnFailure);
  }

  cancel(input: ParsedInput<'tickets.cancel'>, actor: Actor = NOBODY): TicketView {
    return this.lifecycle.cancel(input, actor);
  }

  callNext(input: ParsedInput<'counters.callNext'>, actor: Actor = NOBODY): MethodOutput<'counters.callNext'> {
    return this.lifecycle.callNext(input, actor);
  }

  callTicket(input: ParsedInput<'counters.callTicket'>, actor: Actor = NOBODY): MethodOutput<'counters.callTicket'> {
    return this.lifecycle.callTicket(input, actor);
  }

  recall(input: ParsedInput<'counters.recall'>, actor: Actor = NOBODY): TicketView {
    return this.lifecycle.recall(input, actor);
  }

  start(input: ParsedInput<'tickets.start'>, actor: Actor = NOBODY): TicketView {
    return this.lifecycle.start(input, actor);
  }

  finish(input: ParsedInput<'tickets.finish'>, actor: Actor = NOBODY): TicketView {
    return this.lifecycle.finish(input, actor);
  }

  noShow(input: ParsedInput<'tickets.noShow'>, actor: Actor = NOBODY): TicketView {
    return this.lifecycle.noShow(input, actor);
  }

  hold(input: ParsedInput<'tickets.hold'>, actor: Actor = NOBODY): TicketView {
    return this.lifecycle.hold(input, actor);
  }

  resume(input: ParsedInput<'tickets.resume'>, actor: Actor = NOBODY): TicketView {
    return this.lifecycle.resume(input, actor);
  }

  transfer(input: ParsedInput<'tickets.transfer'>, actor: Actor = NOBODY): TicketView {
    return this.lifecycle.transfer(input, actor);
  }

  // ---------- counters ----------

  openCounter(input: ParsedInput<'counters.open'>, actor: Actor = NOBODY): CounterView {
    return this.counters.open(input, actor);
  }

  pauseCounter(input: ParsedInput<'counters.pause'>, actor: Actor = NOBODY): CounterView {
    return this.counters.pause(input, actor);
  }

  closeCounter(input: ParsedInput<'counters.close'>, actor: Actor = NOBODY): CounterView {
    return this.counters.close(input, actor);
  }
}
