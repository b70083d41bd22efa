import { emptyRow, type CounterTime, type DayEvent, type DayFacts, type DayTicket, type FactRow } from '../store/dayFactRows';

/**
 * The facts of one service day, computed from its tickets and event log (pure; the same code summarizes
 * a closed day and computes today live). Definitions follow docs/queue.md ("The figures"):
 * waiting = last call − issue, walk = start − last call, service = finish − start, a ticket is counted
 * under the service and counter that last handled it, and counters are measured from their events.
 */

/** computeDayFacts' inputs, named where its callers look for them. */
export type { DayEvent, DayTicket } from '../store/dayFactRows';

export const NO_COUNTER = -1;
/** Waiting times are kept per whole minute, up to this many; longer waits share the last bucket. */
export const MAX_WAIT_MINUTE = 480;

export interface DayContext {
  /** Local hour (0–23) of a moment, in the office's time zone. */
  hourOf: (epochMs: number) => number;
  targetWaitMinutes: (serviceCode: string) => number;
  counterServices: ReadonlyMap<number, readonly string[]>;
  /** Where the counters' time accounting stops: the day's end for a closed day, now for today. */
  endAt: number;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function waitMinute(waitMs: number): number {
  return Math.min(MAX_WAIT_MINUTE, Math.max(0, Math.floor(waitMs / 60_000)));
}

export function computeDayFacts(tickets: readonly DayTicket[], events: readonly DayEvent[], ctx: DayContext): DayFacts {
  const rows = new Map<string, FactRow>();
  const waitMinutes = new Map<string, number>();
  const arrivals = new Map<string, number>();

  for (const t of tickets) {
    const counter = t.counterNumber ?? NO_COUNTER;
    const key = `${t.serviceCode}|${counter}|${t.priority}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRow()));
    row.issued += 1;
    bump(arrivals, `${t.serviceCode}|${ctx.hourOf(t.issuedAt)}`);
    if (t.state === 'done') row.served += 1;
    if (t.state === 'no_show') row.noShow += 1;
    if (t.state === 'cancelled') {
      if (t.closedAtDayEnd) row.unservedAtClose += 1;
      else {
        row.cancelled += 1;
        if (t.calledAt === null) row.cancelledBeforeCall += 1;
      }
    }
    if (t.calledAt !== null) {
      const wait = Math.max(0, t.calledAt - t.issuedAt);
      row.waitSumMs += wait;
      row.waitCount += 1;
      row.waitMaxMs = Math.max(row.waitMaxMs, wait);
      bump(waitMinutes, `${t.serviceCode}|${waitMinute(wait)}`);
      if (t.state === 'done' && wait <= ctx.targetWaitMinutes(t.serviceCode) * 60_000) row.slMet += 1;
    }
    if (t.calledAt !== null && t.startedAt !== null) {
      row.walkSumMs += Math.max(0, t.startedAt - t.calledAt);
      row.walkCount += 1;
    }
    if (t.state === 'done' && t.startedAt !== null && t.endedAt !== null) {
      row.serviceSumMs += Math.max(0, t.endedAt - t.startedAt);
      row.serviceCount += 1;
    }
  }

  return { rows, waitMinutes, arrivals, counters: counterTimes(events, ctx) };
}

/**
 * Replays the day's events to measure, per counter, the time it was open, busy with a ticket, and idle
 * while one of its services had people waiting ("idle with queue").
 */
export function counterTimes(events: readonly DayEvent[], ctx: DayContext): Map<number, CounterTime> {
  const times = new Map<number, CounterTime>();
  const open = new Map<number, boolean>();
  const busy = new Map<number, boolean>();
  const waiting = new Map<string, number>();
  for (const n of ctx.counterServices.keys()) times.set(n, { openMs: 0, busyMs: 0, idleQueueMs: 0 });

  const sorted = [...events].sort((a, b) => a.at - b.at);
  let last = sorted[0]?.at ?? ctx.endAt;
  const advance = (to: number): void => {
    const dt = Math.max(0, to - last);
    if (dt > 0) {
      for (const [n, services] of ctx.counterServices) {
        if (!open.get(n)) continue;
        const t = times.get(n) as CounterTime;
        t.openMs += dt;
        if (busy.get(n)) t.busyMs += dt;
        else if (services.some((s) => (waiting.get(s) ?? 0) > 0)) t.idleQueueMs += dt;
      }
    }
    last = Math.max(last, to);
  };
  const addWaiting = (service: string | null | undefined, by: number): void => {
    if (service) waiting.set(service, Math.max(0, (waiting.get(service) ?? 0) + by));
  };

  for (const e of sorted) {
    advance(Math.min(e.at, ctx.endAt));
    const c = e.counterNumber;
    if (e.kind === 'counter' && c !== null) {
      if (e.type === 'opened') open.set(c, true);
      if (e.type === 'paused' || e.type === 'closed' || e.type === 'day_closed') {
        open.set(c, false);
        busy.set(c, false);
      }
      continue;
    }
    switch (e.type) {
      case 'issued':
        addWaiting(e.serviceCode, 1);
        break;
      case 'called':
        addWaiting(e.serviceCode, -1);
        if (c !== null) busy.set(c, true);
        break;
      case 'resume':
        if (c !== null) busy.set(c, true);
        break;
      case 'finish':
      case 'no_show':
      case 'hold':
        if (c !== null) busy.set(c, false);
        break;
      case 'transfer':
        if (c !== null) busy.set(c, false);
        addWaiting(e.toService, 1);
        break;
      case 'cancelled':
      case 'day_closed':
        if (e.previousState === undefined || e.previousState === null || e.previousState === 'waiting') addWaiting(e.serviceCode, -1);
        break;
    }
  }
  advance(ctx.endAt);
  return times;
}
