import type { ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { CounterView } from '../../shared/api/schemas';
import type { CounterConfig, OfficeConfig } from '../../shared/config/officeConfig';
import type { CounterRecord } from '../store/countersRepo';
import type { Store } from '../store/store';
import type { Actor } from './actor';
import type { Clock } from './clock';
import type { EventBus } from './eventBus';
import type { OfficeSetup } from './officeSetup';
import type { Records } from './records';
import type { CurrentServiceDay } from './currentServiceDay';

/** The counters' own states: open, paused (with a reason) or closed, each change logged for the day's stats. */
export class Counters {
  constructor(
    private readonly store: Store,
    private readonly setup: OfficeSetup,
    private readonly records: Records,
    private readonly day: CurrentServiceDay,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Inside a transaction: a row for every configured counter (a new one starts closed). */
  ensure(config: OfficeConfig, now: number): void {
    for (const c of config.counters) this.store.counters.ensure(c.number, now);
  }

  open(input: ParsedInput<'counters.open'>, actor: Actor): CounterView {
    return this.changeCounter(input.counter, actor, (c, cfg) => {
      if (c.state === 'open') throw new LoketError('wrong_state', `${cfg.name} is already open.`);
      return { state: 'open', pauseReason: null, event: 'opened' };
    });
  }

  pause(input: ParsedInput<'counters.pause'>, actor: Actor): CounterView {
    return this.changeCounter(input.counter, actor, (c, cfg) => {
      if (c.state !== 'open') throw new LoketError('wrong_state', `${cfg.name} is ${c.state}; only an open counter can pause.`);
      this.assertNoActiveTicket(c, cfg);
      return { state: 'paused', pauseReason: input.reason, event: 'paused' };
    });
  }

  close(input: ParsedInput<'counters.close'>, actor: Actor): CounterView {
    return this.changeCounter(input.counter, actor, (c, cfg) => {
      if (c.state === 'closed') throw new LoketError('wrong_state', `${cfg.name} is already closed.`);
      this.assertNoActiveTicket(c, cfg);
      this.assertNothingHeld(cfg);
      return { state: 'closed', pauseReason: null, event: 'closed' };
    });
  }

  private assertNoActiveTicket(c: CounterRecord, cfg: CounterConfig): void {
    if (!c.currentTicketId) return;
    const t = this.records.ticket(c.currentTicketId);
    if (t.state === 'called' || t.state === 'serving') {
      throw new LoketError('counter_busy', `${cfg.name} still has ${this.records.label(t)}; finish, hold or transfer it first.`);
    }
  }

  /** A ticket held here could only be called again from here, so a closed counter would strand it. */
  private assertNothingHeld(cfg: CounterConfig): void {
    const held = this.store.tickets.active(this.day.serviceDate()).filter((t) => t.state === 'held' && t.counterNumber === cfg.number);
    if (held.length === 0) return;
    throw new LoketError(
      'counter_busy',
      `${cfg.name} still holds ${held.map((t) => this.records.label(t)).join(', ')}; call them again and finish them or mark them no-show before closing.`,
    );
  }

  private changeCounter(
    number: number,
    actor: Actor,
    decide: (c: CounterRecord, cfg: CounterConfig) => Pick<CounterRecord, 'state' | 'pauseReason'> & { event: string },
  ): CounterView {
    const cfg = this.setup.counter(number);
    const now = this.clock.now();
    const view = this.store.transaction(() => {
      this.day.roll(now);
      const c = this.records.counter(number);
      const { event, ...next } = decide(c, cfg);
      const saved: CounterRecord = { ...c, ...next, stateSince: now, currentTicketId: null, priorityStreak: next.state === 'open' ? c.priorityStreak : 0 };
      this.store.counters.save(saved);
      this.store.counters.appendEvent(number, event, now, { reason: next.pauseReason, staffId: actor.staffId });
      return this.records.counterView(saved);
    });
    this.bus.publish('counter.changed', { counter: view });
    return view;
  }
}
