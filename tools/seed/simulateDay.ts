import type { OfficeConfig, ServiceConfig } from '../../src/shared/config/officeConfig';
import type { PriorityReason } from '../../src/shared/domain/priority';
import type { TicketState } from '../../src/shared/domain/ticket';
import { isWithinHours } from '../../src/shared/time/openingHours';
import { logNormalMinutes, poisson, type Random } from './random';

/**
 * One simulated day of a busy office, for demo data and benchmarks: arrivals with a morning peak and a
 * Monday rush, priority visitors, counters that call priority first and first-come-first-served,
 * breaks, walk times, no-shows, visitors who leave, and tickets still waiting at closing time. It
 * produces exactly the rows and events the office core itself would have written.
 */

export interface SimTicket {
  serviceCode: string;
  prefix: string;
  number: number;
  priorityReason: PriorityReason | null;
  state: TicketState;
  counterNumber: number | null;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  endedAt: number | null;
  events: { type: string; at: number; counterNumber: number | null; data: Record<string, unknown> | null }[];
}

export interface SimCounterEvent {
  counterNumber: number;
  type: 'opened' | 'paused' | 'closed';
  at: number;
  reason?: string;
}

export interface SimDay {
  tickets: SimTicket[];
  counterEvents: SimCounterEvent[];
}

export interface DayShape {
  /** Local midnight of the day, epoch ms. */
  midnight: number;
  weekday: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  /** Expected visitors on an ordinary weekday; Mondays bring 40 % more. */
  visitorsPerDay: number;
}

const STEP_MS = 30_000;
const MINUTE = 60_000;
const PRIORITY_SHARE = 0.09;
const NO_SHOW = 0.05;
const LEAVES = 0.02;
const REASON_WEIGHTS: [PriorityReason, number][] = [
  ['lansia', 0.45],
  ['disabilitas', 0.15],
  ['hamil', 0.15],
  ['anak', 0.17],
  ['bencana_alam', 0.05],
  ['bencana_sosial', 0.03],
];

/** Arrival intensity by local hour: a peak when the doors open, a dip at midday. */
const HOUR_PROFILE: Record<number, number> = { 7: 0.5, 8: 1.8, 9: 1.6, 10: 1.2, 11: 0.9, 12: 0.5, 13: 0.8, 14: 0.6, 15: 0.3 };

function reasonOf(random: Random): PriorityReason {
  let r = random();
  for (const [reason, w] of REASON_WEIGHTS) {
    if ((r -= w) <= 0) return reason;
  }
  return 'lansia';
}

function openMinutes(service: ServiceConfig, office: OfficeConfig['office'], weekday: DayShape['weekday']): number[] {
  const hours = service.openingHours ?? office.openingHours;
  const minutes: number[] = [];
  for (let m = 0; m < 24 * 60; m++) if (isWithinHours(hours, weekday, m)) minutes.push(m);
  return minutes;
}

export function simulateDay(config: OfficeConfig, day: DayShape, random: Random): SimDay {
  const rush = day.weekday === 'mon' ? 1.4 : 1;
  const weightSum = config.services.reduce((n, s) => n + 1 / s.defaultServiceMinutes, 0);
  const tickets: SimTicket[] = [];

  for (const service of config.services) {
    const minutes = openMinutes(service, config.office, day.weekday);
    if (minutes.length === 0) continue;
    // Quick services draw more visitors than long ones.
    const share = 1 / service.defaultServiceMinutes / weightSum;
    const profileSum = minutes.reduce((n, m) => n + (HOUR_PROFILE[Math.floor(m / 60)] ?? 0.4), 0);
    let number = 0;
    for (const m of minutes) {
      const expected = (day.visitorsPerDay * rush * share * (HOUR_PROFILE[Math.floor(m / 60)] ?? 0.4)) / profileSum;
      for (let k = poisson(random, expected); k > 0; k--) {
        if (service.dailyQuota !== undefined && number >= service.dailyQuota) break;
        number += 1;
        const issuedAt = day.midnight + m * MINUTE + Math.floor(random() * MINUTE);
        const priorityReason = service.priorityOffered && random() < PRIORITY_SHARE ? reasonOf(random) : null;
        tickets.push({
          serviceCode: service.code,
          prefix: service.prefix,
          number,
          priorityReason,
          state: 'waiting',
          counterNumber: null,
          issuedAt,
          calledAt: null,
          startedAt: null,
          endedAt: null,
          events: [{ type: 'issued', at: issuedAt, counterNumber: null, data: priorityReason ? { priorityReason } : null }],
        });
      }
    }
  }
  tickets.sort((a, b) => a.issuedAt - b.issuedAt);
  const counterEvents = serveTheDay(config, day, tickets, random);
  return { tickets, counterEvents };
}

interface SimCounter {
  number: number;
  services: readonly string[];
  freeAt: number;
  breakFrom: number;
  breakTo: number;
  onBreak: boolean;
}

function serveTheDay(config: OfficeConfig, day: DayShape, tickets: SimTicket[], random: Random): SimCounterEvent[] {
  const hours = config.office.openingHours[day.weekday] ?? [];
  const first = hours[0];
  const last = hours[hours.length - 1];
  if (!first || !last) return [];
  const openAt = day.midnight + (Number(first.slice(0, 2)) * 60 + Number(first.slice(3, 5))) * MINUTE;
  const closeAt = day.midnight + (Number(last.slice(6, 8)) * 60 + Number(last.slice(9, 11))) * MINUTE;
  const events: SimCounterEvent[] = [];
  const counters: SimCounter[] = config.counters.map((c, i) => {
    // Staggered breaks around midday (ibadah on Friday), so the queue keeps flowing.
    const breakFrom = day.midnight + (12 * 60 + (i % 3) * 20) * MINUTE;
    return { number: c.number, services: c.services, freeAt: openAt, breakFrom, breakTo: breakFrom + 30 * MINUTE, onBreak: false };
  });
  for (const c of counters) events.push({ counterNumber: c.number, type: 'opened', at: openAt + Math.floor(random() * 5 * MINUTE) });

  const leaveAt = new Map<SimTicket, number>();
  for (const t of tickets) if (random() < LEAVES) leaveAt.set(t, t.issuedAt + (10 + random() * 50) * MINUTE);
  const median = new Map(config.services.map((s) => [s.code, s.defaultServiceMinutes]));
  let next = 0;
  const waiting: SimTicket[] = [];

  for (let now = openAt; now <= closeAt; now += STEP_MS) {
    while (next < tickets.length && (tickets[next] as SimTicket).issuedAt <= now) waiting.push(tickets[next++] as SimTicket);
    for (let i = waiting.length - 1; i >= 0; i--) {
      const t = waiting[i] as SimTicket;
      const leaves = leaveAt.get(t);
      if (leaves !== undefined && leaves <= now) {
        t.state = 'cancelled';
        t.endedAt = leaves;
        t.events.push({ type: 'cancelled', at: leaves, counterNumber: null, data: { reason: 'pengunjung pulang', previousState: 'waiting' } });
        waiting.splice(i, 1);
      }
    }
    for (const c of counters) {
      if (!c.onBreak && now >= c.breakFrom && now < c.breakTo && c.freeAt <= now) {
        c.onBreak = true;
        events.push({ counterNumber: c.number, type: 'paused', at: now, reason: day.weekday === 'fri' ? 'ibadah' : 'istirahat' });
      }
      if (c.onBreak) {
        if (now < c.breakTo) continue;
        c.onBreak = false;
        events.push({ counterNumber: c.number, type: 'opened', at: now });
      }
      if (c.freeAt > now) continue;
      const candidates = waiting.filter((t) => c.services.includes(t.serviceCode));
      const chosen = candidates.find((t) => t.priorityReason !== null) ?? candidates[0];
      if (!chosen) continue;
      waiting.splice(waiting.indexOf(chosen), 1);
      const calledAt = now;
      chosen.calledAt = calledAt;
      chosen.counterNumber = c.number;
      chosen.events.push({ type: 'called', at: calledAt, counterNumber: c.number, data: null });
      if (random() < NO_SHOW) {
        chosen.state = 'no_show';
        chosen.endedAt = calledAt + 3 * MINUTE;
        chosen.events.push({ type: 'no_show', at: chosen.endedAt, counterNumber: c.number, data: null });
        c.freeAt = chosen.endedAt;
        continue;
      }
      chosen.startedAt = calledAt + Math.floor((0.3 + random() * 1.5) * MINUTE);
      chosen.endedAt = chosen.startedAt + Math.floor(logNormalMinutes(random, median.get(chosen.serviceCode) ?? 6) * MINUTE);
      chosen.state = 'done';
      chosen.events.push({ type: 'start', at: chosen.startedAt, counterNumber: c.number, data: null });
      chosen.events.push({ type: 'finish', at: chosen.endedAt, counterNumber: c.number, data: null });
      c.freeAt = chosen.endedAt;
    }
  }
  const closedAt = Math.max(closeAt, ...counters.map((c) => c.freeAt));
  for (const c of counters) events.push({ counterNumber: c.number, type: 'closed', at: Math.max(c.freeAt, closeAt) });
  // Whoever still waits at closing time was not served today: closed with the next morning's first action.
  const nextMorning = closedAt + 12 * 3600_000;
  for (const t of [...waiting, ...tickets.slice(next)]) {
    t.state = 'cancelled';
    t.endedAt = nextMorning;
    t.events.push({ type: 'day_closed', at: nextMorning, counterNumber: null, data: { previousState: 'waiting' } });
  }
  return events;
}

