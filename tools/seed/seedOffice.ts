import { randomUUID } from 'node:crypto';
import type { OfficeConfig } from '../../src/shared/config/officeConfig';
import { QUICK_FACES, UNSUR_CODES } from '../../src/shared/skm';
import { addDays, localTimeToEpoch, nextDate, toLocal } from '../../src/shared/time/localTime';
import { countServiceTime, countTicket, countWait } from '../../src/main/core/dailyMetrics';
import { computeDayFacts, type DayEvent, type DayTicket } from '../../src/main/stats/dayFacts';
import type { MetricDelta } from '../../src/main/store/dailyCountersRepo';
import type { Store } from '../../src/main/store/store';
import { seededRandom, type Random } from './random';
import { SERVICE_DATE_KEY } from '../../src/main/core/serviceDay';
import { simulateDay, type SimTicket } from './simulateDay';

export interface SeedOptions {
  /** How many days before `today` to fill (today itself is left for the live office). */
  days: number;
  /** Expected visitors on an ordinary weekday. */
  visitorsPerDay: number;
  today: string;
  seed?: number;
  onDay?: (date: string, tickets: number) => void;
}

export interface SeedResult {
  days: number;
  tickets: number;
  ratings: number;
}

/** Residents who waited long are less happy: faces and survey scores lean on the waiting time. */
function ratingsFor(t: SimTicket, random: Random): { face: (typeof QUICK_FACES)[number] | null; survey: number[] | null } {
  if (t.state !== 'done' || t.calledAt === null) return { face: null, survey: null };
  const waitedLong = (t.calledAt - t.issuedAt) / 60_000 > 30;
  const happy = random() < (waitedLong ? 0.55 : 0.85);
  const face = random() < 0.25 ? (happy ? (random() < 0.5 ? 'very-happy' : 'happy') : random() < 0.7 ? 'unhappy' : 'very-unhappy') : null;
  const survey =
    random() < 0.06 ? UNSUR_CODES.map((code) => (code === 'U4' ? 4 : Math.min(4, Math.max(1, Math.round((happy ? 3.4 : 2.6) + (random() - 0.5) * 1.6))))) : null;
  return { face, survey };
}

/**
 * Fills an office database with `days` of realistic history: tickets and their event log, counter
 * events, daily counters, ratings and the statistics rollups, exactly as the core would have written
 * them. One transaction per day; the stores' durability settings are relaxed only while seeding.
 */
export function seedOffice(store: Store, config: OfficeConfig, options: SeedOptions): SeedResult {
  const random = seededRandom(options.seed ?? 20261129);
  const tz = config.office.timeZone;
  const services = new Map(config.services.map((s) => [s.code, s]));
  let enqueueSeq = store.tickets.nextEnqueueSeq();
  const result: SeedResult = { days: 0, tickets: 0, ratings: 0 };
  store.db.pragma('synchronous = OFF');
  try {
    for (const c of config.counters) store.counters.ensure(c.number, Date.now());
    for (let date = addDays(options.today, -options.days); date < options.today; date = nextDate(date)) {
      if (config.office.closedDates.includes(date)) continue;
      const midnight = localTimeToEpoch(date, '00:00', tz);
      const weekday = toLocal(midnight + 12 * 3600_000, tz).weekday;
      const sim = simulateDay(config, { midnight, weekday, visitorsPerDay: options.visitorsPerDay }, random);
      if (sim.tickets.length === 0) continue;
      store.transaction(() => {
        const deltas: MetricDelta[] = [];
        const dayTickets: DayTicket[] = [];
        const dayEvents: DayEvent[] = [];
        for (const t of sim.tickets) {
          const id = randomUUID();
          store.tickets.insert(
            {
              id,
              serviceDate: date,
              issuedService: t.serviceCode,
              prefix: t.prefix,
              number: t.number,
              serviceCode: t.serviceCode,
              priorityReason: t.priorityReason,
              state: t.state,
              counterNumber: t.counterNumber,
              queueFront: false,
              enqueuedAt: t.issuedAt,
              enqueueSeq: enqueueSeq++,
              issuedAt: t.issuedAt,
              calledAt: t.calledAt,
              startedAt: t.startedAt,
              endedAt: t.endedAt,
              recallCount: 0,
            },
            'none',
          );
          for (const e of t.events) {
            store.ticketEvents.append({ ticketId: id, type: e.type, at: e.at, serviceCode: t.serviceCode, counterNumber: e.counterNumber, staffId: null, data: e.data });
            dayEvents.push({
              at: e.at,
              kind: 'ticket',
              type: e.type,
              serviceCode: t.serviceCode,
              counterNumber: e.counterNumber,
              previousState: (e.data?.previousState as string | undefined) ?? null,
            });
          }
          deltas.push(countTicket(date, 'issued', t.serviceCode, t.priorityReason));
          if (t.state === 'done') {
            deltas.push(countTicket(date, 'served', t.serviceCode, t.priorityReason));
            deltas.push(...countWait(date, t.serviceCode, (t.calledAt as number) - t.issuedAt));
            deltas.push(...countServiceTime(date, t.serviceCode, (t.endedAt as number) - (t.startedAt as number)));
          } else if (t.state === 'no_show') {
            deltas.push(countTicket(date, 'no_show', t.serviceCode, t.priorityReason));
          } else if (t.events.some((e) => e.type === 'day_closed')) {
            deltas.push({ serviceDate: date, metric: `tickets.unserved_at_close.${t.serviceCode}.${t.priorityReason ?? 'regular'}`, delta: 1 });
          } else if (t.state === 'cancelled') {
            deltas.push(countTicket(date, 'cancelled', t.serviceCode, t.priorityReason));
          }
          dayTickets.push({
            serviceCode: t.serviceCode,
            counterNumber: t.counterNumber,
            priority: t.priorityReason ?? 'regular',
            state: t.state,
            issuedAt: t.issuedAt,
            calledAt: t.calledAt,
            startedAt: t.startedAt,
            endedAt: t.endedAt,
            closedAtDayEnd: t.events.some((e) => e.type === 'day_closed'),
          });
          const { face, survey } = ratingsFor(t, random);
          const at = (t.endedAt as number) + 60_000;
          if (face) {
            store.ratings.insertQuick({ at, serviceDate: date, face, serviceCode: t.serviceCode, ticketId: id, counterNumber: t.counterNumber, source: 'seed' });
            result.ratings += 1;
          }
          if (survey) {
            store.ratings.insertSurvey({
              at,
              serviceDate: date,
              serviceCode: t.serviceCode,
              ticketId: id,
              counterNumber: t.counterNumber,
              scores: survey,
              profile: { gender: random() < 0.5 ? 'L' : 'P', ageBand: null, education: null, occupation: null },
              source: 'seed',
            });
            result.ratings += 1;
          }
        }
        for (const e of sim.counterEvents) {
          store.counters.appendEvent(e.counterNumber, e.type, e.at, e.reason ? { reason: e.reason } : undefined);
          dayEvents.push({ at: e.at, kind: 'counter', type: e.type, serviceCode: null, counterNumber: e.counterNumber });
        }
        // Summed per metric first: one upsert per metric and day instead of one per ticket.
        const summed = new Map<string, MetricDelta>();
        for (const d of deltas) {
          const prev = summed.get(d.metric);
          summed.set(d.metric, prev ? { ...prev, delta: prev.delta + d.delta } : { ...d });
        }
        store.daily.add([...summed.values()]);
        const lastActivity = dayEvents.reduce((max, e) => (e.type === 'day_closed' ? max : Math.max(max, e.at)), midnight);
        const facts = computeDayFacts(dayTickets, dayEvents, {
          hourOf: (ms) => Math.floor(toLocal(ms, tz).minuteOfDay / 60),
          targetWaitMinutes: (code) => services.get(code)?.targetWaitMinutes ?? 15,
          counterServices: new Map(config.counters.map((c) => [c.number, c.services])),
          endAt: lastActivity,
        });
        store.stats.saveDay(date, facts, Date.now());
        store.meta.set(SERVICE_DATE_KEY, date);
      });
      result.days += 1;
      result.tickets += sim.tickets.length;
      options.onDay?.(date, sim.tickets.length);
    }
  } finally {
    store.db.pragma('synchronous = FULL');
  }
  return result;
}
