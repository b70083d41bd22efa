import type { CounterTime, DayEvent, DayFacts, DayTicket, FactRow } from '../stats/dayFacts';
import type { Db } from './database';

/** Filters of a statistics view; every field narrows it. */
export interface StatsFilter {
  from: string;
  to: string;
  serviceCode?: string | undefined;
  counterNumber?: number | undefined;
  priority?: string | undefined;
}

const FACT_COLUMNS: [keyof FactRow, string][] = [
  ['issued', 'issued'],
  ['served', 'served'],
  ['noShow', 'no_show'],
  ['cancelled', 'cancelled'],
  ['cancelledBeforeCall', 'cancelled_before_call'],
  ['unservedAtClose', 'unserved_at_close'],
  ['waitSumMs', 'wait_sum_ms'],
  ['waitCount', 'wait_count'],
  ['waitMaxMs', 'wait_max_ms'],
  ['walkSumMs', 'walk_sum_ms'],
  ['walkCount', 'walk_count'],
  ['serviceSumMs', 'service_sum_ms'],
  ['serviceCount', 'service_count'],
  ['slMet', 'sl_met'],
];

function where(f: StatsFilter, table: 'facts' | 'minutes' | 'arrivals' | 'counters'): { sql: string; params: unknown[] } {
  const clauses = ['service_date BETWEEN ? AND ?'];
  const params: unknown[] = [f.from, f.to];
  if (f.serviceCode !== undefined && table !== 'counters') {
    clauses.push('service_code = ?');
    params.push(f.serviceCode);
  }
  if (f.counterNumber !== undefined && (table === 'facts' || table === 'counters')) {
    clauses.push('counter_number = ?');
    params.push(f.counterNumber);
  }
  if (f.priority !== undefined && table === 'facts') {
    clauses.push('priority = ?');
    params.push(f.priority);
  }
  return { sql: clauses.join(' AND '), params };
}

/** Reading a day's raw tickets and events, and writing and summing the per-day rollups. */
export class StatsRepo {
  constructor(private readonly db: Db) {}

  isSummarized(date: string): boolean {
    return this.db.prepare('SELECT 1 FROM stats_days WHERE service_date = ?').get(date) !== undefined;
  }

  /** Days that have tickets but no summary yet, before `before`. */
  unsummarizedDays(before: string): string[] {
    return (
      this.db
        .prepare(
          `SELECT DISTINCT t.service_date AS d FROM tickets t
           WHERE t.service_date < ? AND NOT EXISTS (SELECT 1 FROM stats_days s WHERE s.service_date = t.service_date) ORDER BY d`,
        )
        .all(before) as { d: string }[]
    ).map((r) => r.d);
  }

  summarizedDaysIn(from: string, to: string): Set<string> {
    return new Set(
      (this.db.prepare('SELECT service_date AS d FROM stats_days WHERE service_date BETWEEN ? AND ?').all(from, to) as { d: string }[]).map((r) => r.d),
    );
  }

  ticketDatesIn(from: string, to: string): string[] {
    return (
      this.db.prepare('SELECT DISTINCT service_date AS d FROM tickets WHERE service_date BETWEEN ? AND ? ORDER BY d').all(from, to) as { d: string }[]
    ).map((r) => r.d);
  }

  dayTickets(date: string): DayTicket[] {
    const rows = this.db
      .prepare(
        `SELECT t.service_code, t.counter_number, t.priority_reason, t.state, t.issued_at, t.called_at, t.started_at, t.ended_at,
           EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'day_closed') AS closed_at_day_end
         FROM tickets t WHERE t.service_date = ?`,
      )
      .all(date) as {
      service_code: string;
      counter_number: number | null;
      priority_reason: string | null;
      state: string;
      issued_at: number;
      called_at: number | null;
      started_at: number | null;
      ended_at: number | null;
      closed_at_day_end: number;
    }[];
    return rows.map((r) => ({
      serviceCode: r.service_code,
      counterNumber: r.counter_number,
      priority: r.priority_reason ?? 'regular',
      state: r.state,
      issuedAt: r.issued_at,
      calledAt: r.called_at,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      closedAtDayEnd: r.closed_at_day_end === 1,
    }));
  }

  /** Ticket events of the day's tickets and counter events within [fromMs, toMs). */
  dayEvents(date: string, fromMs: number, toMs: number): DayEvent[] {
    const ticketEvents = this.db
      .prepare(
        `SELECT e.at, e.type, e.service_code, e.counter_number, e.data FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
         WHERE t.service_date = ?`,
      )
      .all(date) as { at: number; type: string; service_code: string; counter_number: number | null; data: string | null }[];
    const counterEvents = this.db
      .prepare('SELECT at, type, counter_number FROM counter_events WHERE at >= ? AND at < ?')
      .all(fromMs, toMs) as { at: number; type: string; counter_number: number }[];
    return [
      ...ticketEvents.map((e): DayEvent => {
        const data = e.data ? (JSON.parse(e.data) as { to?: string; previousState?: string }) : {};
        return {
          at: e.at,
          kind: 'ticket',
          type: e.type,
          serviceCode: e.service_code,
          counterNumber: e.counter_number,
          toService: data.to ?? null,
          previousState: data.previousState ?? null,
        };
      }),
      ...counterEvents.map((e): DayEvent => ({ at: e.at, kind: 'counter', type: e.type, serviceCode: null, counterNumber: e.counter_number })),
    ];
  }

  /** Writes one day's rollups (replacing any earlier summary of that day). Run inside a transaction. */
  saveDay(date: string, facts: DayFacts, now: number): void {
    for (const table of ['stats_facts', 'stats_wait_minutes', 'stats_arrivals', 'stats_counters', 'stats_days']) {
      this.db.prepare(`DELETE FROM ${table} WHERE service_date = ?`).run(date);
    }
    const insertFact = this.db.prepare(
      `INSERT INTO stats_facts (service_date, service_code, counter_number, priority, ${FACT_COLUMNS.map(([, c]) => c).join(', ')})
       VALUES (?, ?, ?, ?, ${FACT_COLUMNS.map(() => '?').join(', ')})`,
    );
    for (const [key, row] of facts.rows) {
      const [service, counter, priority] = key.split('|');
      insertFact.run(date, service, Number(counter), priority, ...FACT_COLUMNS.map(([k]) => row[k]));
    }
    const insertMinute = this.db.prepare('INSERT INTO stats_wait_minutes VALUES (?, ?, ?, ?)');
    for (const [key, n] of facts.waitMinutes) {
      const [service, minute] = key.split('|');
      insertMinute.run(date, service, Number(minute), n);
    }
    const insertArrival = this.db.prepare('INSERT INTO stats_arrivals VALUES (?, ?, ?, ?)');
    for (const [key, n] of facts.arrivals) {
      const [service, hour] = key.split('|');
      insertArrival.run(date, service, Number(hour), n);
    }
    const insertCounter = this.db.prepare('INSERT INTO stats_counters VALUES (?, ?, ?, ?, ?)');
    for (const [counter, t] of facts.counters) insertCounter.run(date, counter, t.openMs, t.busyMs, t.idleQueueMs);
    this.db.prepare('INSERT INTO stats_days VALUES (?, ?)').run(date, now);
  }

  /**
   * Fact sums per (service, counter, priority) over the range, in one pass; the views fold these few
   * hundred groups into totals and per-dimension figures. wait_max is a max, everything else a sum.
   */
  sumFacts(f: StatsFilter): Map<string, FactRow> {
    const w = where(f, 'facts');
    const select = FACT_COLUMNS.map(([k, c]) => `${k === 'waitMaxMs' ? 'MAX' : 'SUM'}(${c}) AS ${c}`).join(', ');
    const rows = this.db
      .prepare(
        `SELECT service_code || '|' || counter_number || '|' || priority AS k, ${select} FROM stats_facts WHERE ${w.sql}
         GROUP BY service_code, counter_number, priority`,
      )
      .all(...w.params) as (Record<string, number> & { k: string })[];
    return new Map(rows.map((r) => [r.k, Object.fromEntries(FACT_COLUMNS.map(([k, c]) => [k, r[c] ?? 0])) as unknown as FactRow]));
  }

  /** Waiting-time histogram per service: key `${service}|${minute}`. */
  waitMinutes(f: StatsFilter): Map<string, number> {
    const w = where(f, 'minutes');
    const rows = this.db
      .prepare(`SELECT service_code || '|' || minute AS k, SUM(n) AS n FROM stats_wait_minutes WHERE ${w.sql} GROUP BY service_code, minute`)
      .all(...w.params) as { k: string; n: number }[];
    return new Map(rows.map((r) => [r.k, r.n]));
  }

  arrivalsByDateHour(f: StatsFilter): { date: string; hour: number; n: number }[] {
    const w = where(f, 'arrivals');
    return this.db
      .prepare(`SELECT service_date AS date, hour, SUM(n) AS n FROM stats_arrivals WHERE ${w.sql} GROUP BY service_date, hour`)
      .all(...w.params) as { date: string; hour: number; n: number }[];
  }

  counterTimes(f: StatsFilter): Map<number, CounterTime> {
    const w = where(f, 'counters');
    const rows = this.db
      .prepare(
        `SELECT counter_number AS c, SUM(open_ms) AS o, SUM(busy_ms) AS b, SUM(idle_queue_ms) AS i FROM stats_counters WHERE ${w.sql} GROUP BY counter_number`,
      )
      .all(...w.params) as { c: number; o: number; b: number; i: number }[];
    return new Map(rows.map((r) => [r.c, { openMs: r.o, busyMs: r.b, idleQueueMs: r.i }]));
  }
}
