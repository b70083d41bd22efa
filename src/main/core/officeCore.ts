import { randomUUID } from 'node:crypto';
import type { ParsedInput, MethodOutput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { EventName, EventPayload, LoketEvent } from '../../shared/api/events';
import type { CounterView, IssuedTicket, StorageStatusView, TicketView } from '../../shared/api/schemas';
import type { CounterConfig, OfficeConfig, ServiceConfig } from '../../shared/config/officeConfig';
import type { PrintOutcomeKind } from '../../shared/domain/printer';
import type { PriorityReason } from '../../shared/domain/priority';
import { ticketLabel } from '../../shared/domain/ticket';
import { parseTicketRef } from '../../shared/domain/ticketRef';
import { serviceDateOf } from '../../shared/time/localTime';
import type { CounterRecord } from '../store/countersRepo';
import type { MetricDelta } from '../store/dailyCountersRepo';
import { summarizeClosedDays } from '../stats/daySummaries';
import type { Store } from '../store/store';
import type { TicketPatch, TicketRecord } from '../store/ticketsRepo';
import { systemClock, type Clock } from './clock';
import { countServiceTime, countTicket, countWait } from './dailyMetrics';
import { serviceAvailability } from './openingHours';
import { aheadOfNewTicket, orderQueue, pickNext } from './queueOrder';
import { effectiveServiceDate, SERVICE_DATE_KEY } from './serviceDay';
import { nextState, type TicketAction } from './transitions';
import { estimateWaitMinutes } from './waitEstimate';

/** How far back finished services count towards the median service time of the wait estimate. */
const ESTIMATE_WINDOW_MS = 14 * 24 * 3600_000;
const ESTIMATE_SAMPLE = 20;

type Listener = (event: LoketEvent) => void;

/** Who performed a change, for the event log (staff productivity, audit). */
export interface Actor {
  staffId: number | null;
}

const NOBODY: Actor = { staffId: null };

/**
 * The office core: every queue rule, each state change in one SQLite transaction with its event-log
 * row and daily counters, and events pushed to subscribers only after the commit.
 */
export class OfficeCore {
  private readonly listeners = new Set<Listener>();
  private eventSeq = 0;
  private services = new Map<string, ServiceConfig>();
  private counterConfigs = new Map<number, CounterConfig>();
  private clockWarned = false;

  constructor(
    private readonly store: Store,
    private config: OfficeConfig,
    private readonly clock: Clock = systemClock,
  ) {
    this.applyConfig(config);
    const now = this.clock.now();
    this.store.transaction(() => {
      for (const c of config.counters) this.store.counters.ensure(c.number, now);
      this.rollServiceDay(now);
    });
  }

  get officeConfig(): OfficeConfig {
    return this.config;
  }

  private applyConfig(config: OfficeConfig): void {
    this.config = config;
    this.services = new Map(config.services.map((s) => [s.code, s]));
    this.counterConfigs = new Map(config.counters.map((c) => [c.number, c]));
  }

  /** Applies a new, already validated configuration at once (the supervisor's settings). */
  reconfigure(config: OfficeConfig): void {
    const now = this.clock.now();
    this.store.transaction(() => {
      for (const c of config.counters) this.store.counters.ensure(c.number, now);
    });
    this.applyConfig(config);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pushes an event to every subscriber; also used by the office's other services (printer health). */
  publish<E extends EventName>(type: E, payload: EventPayload<E>): void {
    const event = { type, seq: ++this.eventSeq, payload } as LoketEvent;
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (err) {
        console.error('[core] event listener failed', err);
      }
    }
  }

  // ---------- service day ----------

  /** The service day the clock says now, whatever day is in use. */
  clockServiceDate(now = this.clock.now()): string {
    return serviceDateOf(now, this.config.office.timeZone, this.config.office.dayStartsAt);
  }

  /** Read-only view of today's service date (never earlier than the latest day already used). */
  serviceDate(now = this.clock.now()): string {
    return effectiveServiceDate(this.clockServiceDate(now), this.store.meta.get(SERVICE_DATE_KEY) ?? null).date;
  }

  /**
   * Inside a transaction: move to the clock's service day if it has advanced. Tickets left open on
   * earlier days are closed as unserved and counters start the new day closed.
   */
  private rollServiceDay(now: number): string {
    const latest = this.store.meta.get(SERVICE_DATE_KEY) ?? this.store.tickets.latestServiceDate();
    const { date, clockBehind } = effectiveServiceDate(this.clockServiceDate(now), latest);
    if (clockBehind && !this.clockWarned) {
      this.clockWarned = true;
      console.warn(`[core] the clock says ${new Date(now).toISOString()}, before service day ${date}; staying on ${date}`);
    }
    if (date === latest && this.store.meta.get(SERVICE_DATE_KEY) === date) return date;
    for (const t of this.store.tickets.staleActive(date)) {
      this.store.tickets.update(t.id, { state: 'cancelled', counterNumber: null, endedAt: now });
      this.store.ticketEvents.append({
        ticketId: t.id,
        type: 'day_closed',
        at: now,
        serviceCode: t.serviceCode,
        counterNumber: t.counterNumber,
        staffId: null,
        data: { previousState: t.state },
      });
      this.store.daily.add([{ serviceDate: t.serviceDate, metric: `tickets.unserved_at_close.${t.serviceCode}.${t.priorityReason ?? 'regular'}`, delta: 1 }]);
    }
    if (latest !== null && latest !== date) {
      for (const c of this.store.counters.all()) {
        if (c.state === 'closed' && c.currentTicketId === null) continue;
        this.store.counters.save({ ...c, state: 'closed', pauseReason: null, stateSince: now, currentTicketId: null, priorityStreak: 0 });
        this.store.counters.appendEvent(c.number, 'day_closed', now);
      }
    }
    summarizeClosedDays(this.store, this.config, date, now);
    this.store.meta.set(SERVICE_DATE_KEY, date);
    return date;
  }

  // ---------- lookups ----------

  private service(code: string): ServiceConfig {
    const s = this.services.get(code);
    if (!s) throw new LoketError('not_found', `There is no service "${code}" in this office.`);
    return s;
  }

  private counterConfig(number: number): CounterConfig {
    const c = this.counterConfigs.get(number);
    if (!c) throw new LoketError('not_found', `There is no counter ${number} in this office.`);
    return c;
  }

  private counterRecord(number: number): CounterRecord {
    const c = this.store.counters.get(number);
    if (!c) throw new LoketError('not_found', `There is no counter ${number} in this office.`);
    return c;
  }

  private ticket(id: string): TicketRecord {
    const t = this.store.tickets.get(id);
    if (!t) throw new LoketError('not_found', `There is no ticket ${id}.`);
    return t;
  }

  private label(t: TicketRecord): string {
    return ticketLabel(t.prefix, t.number);
  }

  private ticketView(t: TicketRecord): TicketView {
    const s = this.services.get(t.serviceCode);
    return {
      id: t.id,
      label: this.label(t),
      serviceCode: t.serviceCode,
      serviceName: s ? { id: s.name.id, en: s.name.en } : { id: t.serviceCode, en: t.serviceCode },
      priorityReason: t.priorityReason,
      state: t.state,
      serviceDate: t.serviceDate,
      issuedAt: t.issuedAt,
      calledAt: t.calledAt,
      startedAt: t.startedAt,
      endedAt: t.endedAt,
      counterNumber: t.counterNumber,
      recallCount: t.recallCount,
    };
  }

  private counterView(c: CounterRecord): CounterView {
    const cfg = this.counterConfig(c.number);
    const current = c.currentTicketId ? this.store.tickets.get(c.currentTicketId) : undefined;
    return {
      number: c.number,
      name: cfg.name,
      services: cfg.services,
      state: c.state,
      pauseReason: c.pauseReason,
      stateSince: c.stateSince,
      current: current ? this.ticketView(current) : null,
    };
  }

  private openCountersFor(serviceCode: string): number {
    return this.store.counters
      .all()
      .filter((c) => c.state === 'open' && this.counterConfigs.get(c.number)?.services.includes(serviceCode)).length;
  }

  private estimate(service: ServiceConfig, aheadCount: number, now: number): number | null {
    return estimateWaitMinutes({
      aheadCount,
      recentDurationsMs: this.store.tickets.recentServiceDurations(service.code, now - ESTIMATE_WINDOW_MS, ESTIMATE_SAMPLE),
      defaultServiceMinutes: service.defaultServiceMinutes,
      openCounters: this.openCountersFor(service.code),
    });
  }

  /** The wait a regular visitor taking a number now would be told (the supervisor's monitor). */
  estimateForNewTicket(serviceCode: string, waitingRegularAndPriority: number): number | null {
    return this.estimate(this.service(serviceCode), waitingRegularAndPriority, this.clock.now());
  }

  // ---------- reads ----------

  /** Whether the disk has room for new tickets (the kiosk's banner, the supervisor's monitor). */
  storageStatus(): StorageStatusView {
    return this.store.health.status();
  }

  overview(): MethodOutput<'office.overview'> {
    const now = this.clock.now();
    const date = this.serviceDate(now);
    const issued = this.store.tickets.issuedCounts(date);
    const active = this.store.tickets.active(date);
    return {
      office: {
        id: this.config.office.id,
        name: this.config.office.name,
        address: this.config.office.address,
        timeZone: this.config.office.timeZone,
      },
      language: this.config.language,
      serviceDate: date,
      now,
      services: this.config.services.map((s) => {
        const issuedToday = issued.get(s.code) ?? 0;
        return {
          code: s.code,
          name: s.name,
          hint: s.hint ?? null,
          prefix: s.prefix,
          availability: serviceAvailability(this.config.office, s, now, issuedToday),
          waiting: active.filter((t) => t.state === 'waiting' && t.serviceCode === s.code).length,
          priorityOffered: s.priorityOffered,
          quota: s.dailyQuota ?? null,
          issuedToday,
        };
      }),
      priorityReasons: this.config.priority.reasons,
      kiosk: this.config.kiosk,
      display: { runningText: this.config.display.runningText ?? null, recentCalls: this.config.display.recentCalls },
      ratings: { thankYouSeconds: this.config.ratings.thankYouSeconds, idleResetSeconds: this.config.ratings.idleResetSeconds },
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
      parsed.kind === 'id' ? this.store.tickets.get(parsed.ticketId) : this.store.tickets.byLabel(this.serviceDate(), parsed.prefix, parsed.number);
    if (!ticket) throw new LoketError('not_found', `Ticket ${ref} was not issued by this office today.`);
    return ticket;
  }

  /** One of today's tickets, whatever its state (a supervisor's reprint). */
  findTodayTicket(input: ParsedInput<'tickets.findToday'>): TicketView {
    const ticket = this.ticketByRef(input.ticketRef);
    if (ticket.serviceDate !== this.serviceDate()) {
      throw new LoketError('wrong_state', `Ticket ${input.ticketRef} is from ${ticket.serviceDate}; only today's tickets can be found here.`);
    }
    return this.ticketView(ticket);
  }

  getTicket(input: ParsedInput<'tickets.get'>): TicketView {
    return this.ticketView(this.ticket(input.ticketId));
  }

  snapshot(): MethodOutput<'queue.snapshot'> {
    const date = this.serviceDate();
    const active = this.store.tickets.active(date);
    return {
      serviceDate: date,
      services: this.config.services.map((s) => ({
        code: s.code,
        name: s.name,
        waiting: orderQueue(active.filter((t) => t.state === 'waiting' && t.serviceCode === s.code)).map((t) => this.ticketView(t)),
        held: active.filter((t) => t.state === 'held' && t.serviceCode === s.code).map((t) => this.ticketView(t)),
      })),
      counters: this.store.counters
        .all()
        .filter((c) => this.counterConfigs.has(c.number))
        .map((c) => this.counterView(c)),
    };
  }

  recentCalls(input: ParsedInput<'calls.recent'>): MethodOutput<'calls.recent'> {
    return this.store.ticketEvents.recentCalls(this.serviceDate(), input.limit).map((c) => {
      const t = this.ticket(c.ticketId);
      return {
        callId: c.id,
        ticket: this.ticketView(t),
        counterNumber: c.counterNumber,
        counterName: this.counterConfigs.get(c.counterNumber)?.name ?? `Loket ${c.counterNumber}`,
        at: c.at,
        recall: c.type !== 'called',
      };
    });
  }

  // ---------- issuing ----------

  /**
   * Commits a new ticket. `print` is 'pending' when a printer will be tried next (its outcome is
   * recorded by recordPrintOutcome) or 'none' when this kiosk has no printer: then one commit is all.
   */
  issue(input: { serviceCode: string; priorityReason?: PriorityReason | undefined }, print: 'pending' | 'none' = 'pending'): IssuedTicket {
    const service = this.service(input.serviceCode);
    const reason = input.priorityReason ?? null;
    if (reason !== null && !service.priorityOffered) {
      throw new LoketError('bad_request', `Service ${service.code} does not offer priority tickets.`);
    }
    if (reason !== null && !this.config.priority.reasons.includes(reason)) {
      throw new LoketError('bad_request', `Priority reason "${reason}" is not enabled in this office.`);
    }
    // A full disk: no number that the next call or finish could not record; issuing resumes once there is room.
    if (this.store.health.full) {
      throw new LoketError('storage_full', "The office PC's disk is full: no new numbers until space is freed. Loket resumes by itself.");
    }
    const now = this.clock.now();
    const result = this.store.transaction(() => {
      const date = this.rollServiceDay(now);
      const issuedToday = this.store.tickets.maxNumber(date, service.code);
      const availability = serviceAvailability(this.config.office, service, now, issuedToday);
      if (availability === 'closed') {
        throw new LoketError('service_closed', `Service ${service.code} is closed now (see its opening hours).`);
      }
      if (availability === 'full') {
        throw new LoketError('quota_reached', `Service ${service.code} has reached today's quota of ${service.dailyQuota}.`);
      }
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
        enqueuedAt: now,
        enqueueSeq: this.store.tickets.nextEnqueueSeq(),
        issuedAt: now,
        calledAt: null,
        startedAt: null,
        endedAt: null,
        recallCount: 0,
      };
      this.store.tickets.insert(ticket, print);
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
      const waiting = this.store.tickets.waitingByClass(date, service.code);
      // The new ticket itself is counted in its own class.
      if (reason === null) waiting.regular -= 1;
      else waiting.priority -= 1;
      const aheadCount = aheadOfNewTicket(waiting, reason !== null);
      const estimatedWaitMinutes = this.estimate(service, aheadCount, now);
      return { ...this.ticketView(ticket), aheadCount, estimatedWaitMinutes };
    });
    this.publish('queue.changed', { serviceCodes: [service.code] });
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
      const t = this.ticket(ticketId);
      this.store.tickets.setPrintOutcome(t.id, outcome, detail);
      const failed = outcome === 'failed' || outcome === 'not_printed';
      const voided = failed && voidOnFailure && t.state === 'waiting';
      this.logTicket(t, failed ? 'print_failed' : 'printed', now, null, NOBODY, { outcome, detail, voided }, []);
      if (voided) {
        this.store.tickets.update(t.id, { state: 'cancelled', endedAt: now });
        this.logTicket(t, 'cancelled', now, null, NOBODY, { reason: 'print_failed', previousState: 'waiting' }, [
          countTicket(t.serviceDate, 'cancelled', t.serviceCode, t.priorityReason),
        ]);
      }
      return { voided, serviceCode: t.serviceCode };
    });
    if (result.voided) this.publish('queue.changed', { serviceCodes: [result.serviceCode] });
    return { voided: result.voided };
  }

  /** The last ticket issued today, for a supervisor's reprint. */
  lastIssuedTicket(): TicketView {
    const id = this.store.tickets.lastIssued(this.serviceDate());
    if (!id) throw new LoketError('not_found', 'No ticket has been issued today.');
    return this.ticketView(this.ticket(id));
  }

  cancel(input: ParsedInput<'tickets.cancel'>, actor: Actor = NOBODY): TicketView {
    const now = this.clock.now();
    const view = this.store.transaction(() => {
      this.rollServiceDay(now);
      const t = this.ticket(input.ticketId);
      const state = nextState('cancel', t.state, this.label(t));
      this.store.tickets.update(t.id, { state, counterNumber: null, endedAt: now });
      this.logTicket(t, 'cancelled', now, null, actor, { reason: input.reason, previousState: t.state }, [countTicket(t.serviceDate, 'cancelled', t.serviceCode, t.priorityReason)]);
      return this.ticketView(this.ticket(t.id));
    });
    this.publish('queue.changed', { serviceCodes: [view.serviceCode] });
    return view;
  }

  // ---------- calling ----------

  callNext(input: ParsedInput<'counters.callNext'>, actor: Actor = NOBODY): MethodOutput<'counters.callNext'> {
    return this.call(
      input.counter,
      actor,
      (waiting, counter) => pickNext(waiting, this.config.priority.policy, counter.priorityStreak),
      null,
    );
  }

  callTicket(input: ParsedInput<'counters.callTicket'>, actor: Actor = NOBODY): MethodOutput<'counters.callTicket'> {
    return this.call(
      input.counter,
      actor,
      (_waiting, _counter, cfg) => {
        const t = this.ticket(input.ticketId);
        nextState('call', t.state, this.label(t));
        if (!cfg.services.includes(t.serviceCode)) {
          throw new LoketError('forbidden', `${cfg.name} does not serve ${t.serviceCode}; transfer the ticket instead.`);
        }
        return t;
      },
      input.reason,
    );
  }

  private call(
    counterNumber: number,
    actor: Actor,
    choose: (waiting: TicketRecord[], counter: CounterRecord, cfg: CounterConfig) => TicketRecord | undefined,
    outOfOrderReason: string | null,
  ): MethodOutput<'counters.callNext'> {
    const cfg = this.counterConfig(counterNumber);
    const now = this.clock.now();
    const called = this.store.transaction(() => {
      const date = this.rollServiceDay(now);
      const counter = this.counterRecord(counterNumber);
      this.assertFree(counter, cfg);
      const waiting = this.store.tickets.active(date).filter((t) => t.state === 'waiting' && cfg.services.includes(t.serviceCode));
      const next = choose(waiting, counter, cfg);
      if (!next) return null;
      this.store.tickets.update(next.id, { state: nextState('call', next.state, this.label(next)), counterNumber, calledAt: now });
      const callId = this.logTicket(next, 'called', now, counterNumber, actor, outOfOrderReason ? { outOfOrder: true, reason: outOfOrderReason } : null, []);
      this.store.counters.save({
        ...counter,
        currentTicketId: next.id,
        priorityStreak: next.priorityReason !== null && !next.queueFront ? counter.priorityStreak + 1 : 0,
      });
      return { view: this.ticketView(this.ticket(next.id)), callId };
    });
    if (called) this.emitCall(called.view, counterNumber, called.callId, false);
    return { ticket: called?.view ?? null };
  }

  private assertFree(counter: CounterRecord, cfg: CounterConfig): void {
    if (counter.state !== 'open') {
      const why = counter.state === 'paused' ? `paused (${counter.pauseReason ?? 'lainnya'})` : 'closed';
      throw new LoketError('counter_not_open', `${cfg.name} is ${why}; open it before calling.`);
    }
    if (counter.currentTicketId) {
      const current = this.ticket(counter.currentTicketId);
      if (current.state === 'called' || current.state === 'serving') {
        throw new LoketError(
          'counter_busy',
          `${cfg.name} still has ${this.label(current)}; finish it, hold it, transfer it or mark it no-show first.`,
        );
      }
    }
  }

  private emitCall(ticket: TicketView, counterNumber: number, callId: number, recall: boolean): void {
    this.publish('ticket.called', { callId, ticket, counterNumber, counterName: this.counterConfig(counterNumber).name, recall });
    this.publish('queue.changed', { serviceCodes: [ticket.serviceCode] });
    this.publish('counter.changed', { counter: this.counterView(this.counterRecord(counterNumber)) });
  }

  recall(input: ParsedInput<'counters.recall'>, actor: Actor = NOBODY): TicketView {
    const { view, eventId } = this.actOnCounterTicket(input, actor, 'recall', (t, now) => ({
      patch: { recallCount: t.recallCount + 1, calledAt: now },
      metrics: [],
    }));
    this.emitCall(view, input.counter, eventId, true);
    return view;
  }

  // ---------- serving ----------

  start(input: ParsedInput<'tickets.start'>, actor: Actor = NOBODY): TicketView {
    return this.finishAction(
      this.actOnCounterTicket(input, actor, 'start', (t, now) => ({
        patch: { startedAt: now },
        // Waiting time is counted once per queue the ticket waited in: from joining it to the last call.
        metrics: t.startedAt === null && t.calledAt !== null ? countWait(t.serviceDate, t.serviceCode, t.calledAt - t.enqueuedAt) : [],
      })).view,
      input.counter,
    );
  }

  finish(input: ParsedInput<'tickets.finish'>, actor: Actor = NOBODY): TicketView {
    const view = this.finishAction(
      this.actOnCounterTicket(input, actor, 'finish', (t, now) => ({
        patch: { endedAt: now },
        metrics: [
          countTicket(t.serviceDate, 'served', t.serviceCode, t.priorityReason),
          ...countServiceTime(t.serviceDate, t.serviceCode, now - (t.startedAt ?? now)),
        ],
        releasesCounter: true,
      })).view,
      input.counter,
    );
    this.publish('ticket.finished', { ticket: view, counterNumber: input.counter });
    return view;
  }

  noShow(input: ParsedInput<'tickets.noShow'>, actor: Actor = NOBODY): TicketView {
    return this.finishAction(
      this.actOnCounterTicket(input, actor, 'noShow', (t, now) => ({
        patch: { endedAt: now },
        metrics: [countTicket(t.serviceDate, 'no_show', t.serviceCode, t.priorityReason)],
        releasesCounter: true,
      })).view,
      input.counter,
    );
  }

  hold(input: ParsedInput<'tickets.hold'>, actor: Actor = NOBODY): TicketView {
    return this.finishAction(
      this.actOnCounterTicket(input, actor, 'hold', () => ({ patch: {}, metrics: [], releasesCounter: true })).view,
      input.counter,
    );
  }

  resume(input: ParsedInput<'tickets.resume'>, actor: Actor = NOBODY): TicketView {
    const { view, eventId } = this.actOnCounterTicket(input, actor, 'resume', (_t, now) => ({
      patch: { calledAt: now },
      metrics: [],
      occupiesCounter: true,
    }));
    this.emitCall(view, input.counter, eventId, true);
    return view;
  }

  transfer(input: ParsedInput<'tickets.transfer'>, actor: Actor = NOBODY): TicketView {
    const target = this.service(input.toService);
    const { view } = this.actOnCounterTicket(
      input,
      actor,
      'transfer',
      (t, now) => {
        if (t.serviceCode === target.code) {
          throw new LoketError('bad_request', `Ticket ${this.label(t)} is already in ${target.code}.`);
        }
        return {
          patch: {
            serviceCode: target.code,
            counterNumber: null,
            queueFront: input.toFront,
            enqueuedAt: now,
            enqueueSeq: this.store.tickets.nextEnqueueSeq(),
            calledAt: null,
            startedAt: null,
          },
          metrics: [],
          releasesCounter: true,
          eventData: { from: t.serviceCode, to: target.code, toFront: input.toFront },
        };
      },
    );
    this.publish('queue.changed', { serviceCodes: [view.serviceCode] });
    this.publish('counter.changed', { counter: this.counterView(this.counterRecord(input.counter)) });
    return view;
  }

  private finishAction(view: TicketView, counterNumber: number): TicketView {
    this.publish('queue.changed', { serviceCodes: [view.serviceCode] });
    this.publish('counter.changed', { counter: this.counterView(this.counterRecord(counterNumber)) });
    return view;
  }

  /**
   * The common shape of an action by a counter on one of its tickets: check that the ticket is this
   * counter's and in the right state, then update it, log it and count it in one transaction.
   */
  private actOnCounterTicket(
    input: { counter: number; ticketId: string },
    actor: Actor,
    action: TicketAction,
    change: (
      t: TicketRecord,
      now: number,
    ) => {
      patch: TicketPatch;
      metrics: MetricDelta[];
      releasesCounter?: boolean;
      occupiesCounter?: boolean;
      eventData?: Record<string, unknown>;
    },
  ): { view: TicketView; eventId: number } {
    const cfg = this.counterConfig(input.counter);
    const now = this.clock.now();
    return this.store.transaction(() => {
      this.rollServiceDay(now);
      const t = this.ticket(input.ticketId);
      if (t.counterNumber !== input.counter) {
        const where = t.counterNumber === null ? 'not at any counter' : `at ${this.counterConfig(t.counterNumber).name}`;
        throw new LoketError('forbidden', `Ticket ${this.label(t)} is ${where}, not at ${cfg.name}.`);
      }
      const state = nextState(action, t.state, this.label(t));
      const counter = this.counterRecord(input.counter);
      const c = change(t, now);
      if (c.occupiesCounter) this.assertFree(counter, cfg);
      const patch: TicketPatch = { ...c.patch, state };
      this.store.tickets.update(t.id, patch);
      const eventId = this.logTicket(t, action === 'noShow' ? 'no_show' : action, now, input.counter, actor, c.eventData ?? null, c.metrics);
      if (c.releasesCounter && counter.currentTicketId === t.id) {
        this.store.counters.save({ ...counter, currentTicketId: null });
      }
      if (c.occupiesCounter) this.store.counters.save({ ...counter, currentTicketId: t.id });
      return { view: this.ticketView(this.ticket(t.id)), eventId };
    });
  }

  private logTicket(
    t: TicketRecord,
    type: string,
    at: number,
    counterNumber: number | null,
    actor: Actor,
    data: Record<string, unknown> | null,
    metrics: MetricDelta[],
  ): number {
    const id = this.store.ticketEvents.append({ ticketId: t.id, type, at, serviceCode: t.serviceCode, counterNumber, staffId: actor.staffId, data });
    this.store.daily.add(metrics);
    return id;
  }

  // ---------- counters ----------

  openCounter(input: ParsedInput<'counters.open'>, actor: Actor = NOBODY): CounterView {
    return this.changeCounter(input.counter, actor, (c, cfg) => {
      if (c.state === 'open') throw new LoketError('wrong_state', `${cfg.name} is already open.`);
      return { state: 'open', pauseReason: null, event: 'opened' };
    });
  }

  pauseCounter(input: ParsedInput<'counters.pause'>, actor: Actor = NOBODY): CounterView {
    return this.changeCounter(input.counter, actor, (c, cfg) => {
      if (c.state !== 'open') throw new LoketError('wrong_state', `${cfg.name} is ${c.state}; only an open counter can pause.`);
      this.assertNoActiveTicket(c, cfg);
      return { state: 'paused', pauseReason: input.reason, event: 'paused' };
    });
  }

  closeCounter(input: ParsedInput<'counters.close'>, actor: Actor = NOBODY): CounterView {
    return this.changeCounter(input.counter, actor, (c, cfg) => {
      if (c.state === 'closed') throw new LoketError('wrong_state', `${cfg.name} is already closed.`);
      this.assertNoActiveTicket(c, cfg);
      return { state: 'closed', pauseReason: null, event: 'closed' };
    });
  }

  private assertNoActiveTicket(c: CounterRecord, cfg: CounterConfig): void {
    if (!c.currentTicketId) return;
    const t = this.ticket(c.currentTicketId);
    if (t.state === 'called' || t.state === 'serving') {
      throw new LoketError('counter_busy', `${cfg.name} still has ${this.label(t)}; finish, hold or transfer it first.`);
    }
  }

  private changeCounter(
    number: number,
    actor: Actor,
    decide: (c: CounterRecord, cfg: CounterConfig) => Pick<CounterRecord, 'state' | 'pauseReason'> & { event: string },
  ): CounterView {
    const cfg = this.counterConfig(number);
    const now = this.clock.now();
    const view = this.store.transaction(() => {
      this.rollServiceDay(now);
      const c = this.counterRecord(number);
      const { event, ...next } = decide(c, cfg);
      const saved: CounterRecord = { ...c, ...next, stateSince: now, currentTicketId: null, priorityStreak: next.state === 'open' ? c.priorityStreak : 0 };
      this.store.counters.save(saved);
      this.store.counters.appendEvent(number, event, now, { reason: next.pauseReason, staffId: actor.staffId });
      return this.counterView(saved);
    });
    this.publish('counter.changed', { counter: view });
    return view;
  }
}
