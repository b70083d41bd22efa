import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { TicketView } from '../../shared/api/schemas';
import { priorityPolicyAt } from '../../shared/config/agencyOfService';
import type { CounterConfig } from '../../shared/config/officeConfig';
import type { CounterRecord } from '../store/countersRepo';
import type { MetricDelta } from '../store/dailyCountersRepo';
import type { Store } from '../store/store';
import type { TicketPatch, TicketRecord } from '../store/ticketsRepo';
import type { Actor } from './actor';
import type { Clock } from './clock';
import { countServiceTime, countTicket, countWait } from './dailyMetrics';
import type { EventBus } from './eventBus';
import type { OfficeSetup } from './officeSetup';
import { pickNext } from './queueOrder';
import type { Records } from './records';
import type { CurrentServiceDay } from './currentServiceDay';
import { logTicket } from './ticketLog';
import { nextState, type TicketAction } from './transitions';

/**
 * A ticket's life after issue: called to a counter, served, held, transferred, marked no-show or
 * cancelled. Each step is one transaction with its event-log row and counts; events follow the commit.
 */
export class TicketLifecycle {
  constructor(
    private readonly store: Store,
    private readonly setup: OfficeSetup,
    private readonly records: Records,
    private readonly day: CurrentServiceDay,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  cancel(input: ParsedInput<'tickets.cancel'>, actor: Actor): TicketView {
    const now = this.clock.now();
    const view = this.store.transaction(() => {
      this.day.roll(now);
      const t = this.records.ticket(input.ticketId);
      const state = nextState('cancel', t.state, this.records.label(t));
      this.store.tickets.update(t.id, { state, counterNumber: null, endedAt: now });
      logTicket(this.store, t, 'cancelled', now, null, actor, { reason: input.reason, previousState: t.state }, [countTicket(t.serviceDate, 'cancelled', t.serviceCode, t.priorityReason)]);
      return this.records.ticketView(this.records.ticket(t.id));
    });
    this.bus.publish('queue.changed', { serviceCodes: [view.serviceCode] });
    return view;
  }

  // ---------- calling ----------

  callNext(input: ParsedInput<'counters.callNext'>, actor: Actor): MethodOutput<'counters.callNext'> {
    return this.call(
      input.counter,
      actor,
      (date, counter, cfg) => {
        const heads = (read: (code: string) => TicketRecord | undefined) =>
          cfg.services.map(read).filter((t): t is TicketRecord => t !== undefined);
        return pickNext(
          {
            firsts: heads((code) => this.store.tickets.firstWaiting(date, code)),
            oldestRegulars: () => heads((code) => this.store.tickets.oldestRegularWaiting(date, code)),
          },
          priorityPolicyAt(this.setup.config, cfg),
          counter.priorityStreak,
        );
      },
      null,
    );
  }

  callTicket(input: ParsedInput<'counters.callTicket'>, actor: Actor): MethodOutput<'counters.callTicket'> {
    return this.call(
      input.counter,
      actor,
      (_date, _counter, cfg) => {
        const t = this.records.ticket(input.ticketId);
        nextState('call', t.state, this.records.label(t));
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
    choose: (serviceDate: string, counter: CounterRecord, cfg: CounterConfig) => TicketRecord | undefined,
    outOfOrderReason: string | null,
  ): MethodOutput<'counters.callNext'> {
    const cfg = this.setup.counter(counterNumber);
    const now = this.clock.now();
    const called = this.store.transaction(() => {
      const date = this.day.roll(now);
      const counter = this.records.counter(counterNumber);
      this.assertFree(counter, cfg);
      const next = choose(date, counter, cfg);
      if (!next) return null;
      this.store.tickets.update(next.id, { state: nextState('call', next.state, this.records.label(next)), counterNumber, calledAt: now });
      const callId = logTicket(this.store, next, 'called', now, counterNumber, actor, outOfOrderReason ? { outOfOrder: true, reason: outOfOrderReason } : null, []);
      this.store.counters.save({
        ...counter,
        currentTicketId: next.id,
        priorityStreak: next.priorityReason !== null && !next.queueFront ? counter.priorityStreak + 1 : 0,
      });
      return { view: this.records.ticketView(this.records.ticket(next.id)), callId };
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
      const current = this.records.ticket(counter.currentTicketId);
      if (current.state === 'called' || current.state === 'serving') {
        throw new LoketError(
          'counter_busy',
          `${cfg.name} still has ${this.records.label(current)}; finish it, hold it, transfer it or mark it no-show first.`,
        );
      }
    }
  }

  private emitCall(ticket: TicketView, counterNumber: number, callId: number, recall: boolean): void {
    this.bus.publish('ticket.called', { callId, ticket, counterNumber, counterName: this.setup.counter(counterNumber).name, recall });
    this.bus.publish('queue.changed', { serviceCodes: [ticket.serviceCode] });
    this.bus.publish('counter.changed', { counter: this.records.counterView(this.records.counter(counterNumber)) });
  }

  recall(input: ParsedInput<'counters.recall'>, actor: Actor): TicketView {
    const { view, eventId } = this.actOnCounterTicket(input, actor, 'recall', (t, now) => ({
      patch: { recallCount: t.recallCount + 1, calledAt: now },
      metrics: [],
    }));
    this.emitCall(view, input.counter, eventId, true);
    return view;
  }

  // ---------- serving ----------

  start(input: ParsedInput<'tickets.start'>, actor: Actor): TicketView {
    return this.finishAction(
      this.actOnCounterTicket(input, actor, 'start', (t, now) => ({
        patch: { startedAt: now },
        // Waiting time is counted once per queue the ticket waited in: from joining it to the last call.
        metrics: t.startedAt === null && t.calledAt !== null ? countWait(t.serviceDate, t.serviceCode, t.calledAt - t.enqueuedAt) : [],
      })).view,
      input.counter,
    );
  }

  finish(input: ParsedInput<'tickets.finish'>, actor: Actor): TicketView {
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
    this.bus.publish('ticket.finished', { ticket: view, counterNumber: input.counter });
    return view;
  }

  noShow(input: ParsedInput<'tickets.noShow'>, actor: Actor): TicketView {
    return this.finishAction(
      this.actOnCounterTicket(input, actor, 'noShow', (t, now) => ({
        patch: { endedAt: now },
        metrics: [countTicket(t.serviceDate, 'no_show', t.serviceCode, t.priorityReason)],
        releasesCounter: true,
      })).view,
      input.counter,
    );
  }

  hold(input: ParsedInput<'tickets.hold'>, actor: Actor): TicketView {
    return this.finishAction(
      this.actOnCounterTicket(input, actor, 'hold', () => ({ patch: {}, metrics: [], releasesCounter: true })).view,
      input.counter,
    );
  }

  resume(input: ParsedInput<'tickets.resume'>, actor: Actor): TicketView {
    const { view, eventId } = this.actOnCounterTicket(input, actor, 'resume', (_t, now) => ({
      patch: { calledAt: now },
      metrics: [],
      occupiesCounter: true,
    }));
    this.emitCall(view, input.counter, eventId, true);
    return view;
  }

  transfer(input: ParsedInput<'tickets.transfer'>, actor: Actor): TicketView {
    const target = this.setup.service(input.toService);
    const { view } = this.actOnCounterTicket(
      input,
      actor,
      'transfer',
      (t, now) => {
        if (t.serviceCode === target.code) {
          throw new LoketError('bad_request', `Ticket ${this.records.label(t)} is already in ${target.code}.`);
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
    this.bus.publish('queue.changed', { serviceCodes: [view.serviceCode] });
    this.bus.publish('counter.changed', { counter: this.records.counterView(this.records.counter(input.counter)) });
    return view;
  }

  private finishAction(view: TicketView, counterNumber: number): TicketView {
    this.bus.publish('queue.changed', { serviceCodes: [view.serviceCode] });
    this.bus.publish('counter.changed', { counter: this.records.counterView(this.records.counter(counterNumber)) });
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
    const cfg = this.setup.counter(input.counter);
    const now = this.clock.now();
    return this.store.transaction(() => {
      this.day.roll(now);
      const t = this.records.ticket(input.ticketId);
      if (t.counterNumber !== input.counter) {
        const where = t.counterNumber === null ? 'not at any counter' : `at ${this.setup.counter(t.counterNumber).name}`;
        throw new LoketError('forbidden', `Ticket ${this.records.label(t)} is ${where}, not at ${cfg.name}.`);
      }
      const state = nextState(action, t.state, this.records.label(t));
      const counter = this.records.counter(input.counter);
      const c = change(t, now);
      if (c.occupiesCounter) this.assertFree(counter, cfg);
      const patch: TicketPatch = { ...c.patch, state };
      this.store.tickets.update(t.id, patch);
      const eventId = logTicket(this.store, t, action === 'noShow' ? 'no_show' : action, now, input.counter, actor, c.eventData ?? null, c.metrics);
      if (c.releasesCounter && counter.currentTicketId === t.id) {
        this.store.counters.save({ ...counter, currentTicketId: null });
      }
      if (c.occupiesCounter) this.store.counters.save({ ...counter, currentTicketId: t.id });
      return { view: this.records.ticketView(this.records.ticket(t.id)), eventId };
    });
  }
}
