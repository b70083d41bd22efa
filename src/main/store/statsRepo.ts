import { addRows, emptyRow, type CounterTime, type DayEvent, type DayFacts, type DayTicket, type FactRow } from '../stats/dayFacts';
import { nextDate } from '../../shared/time/localTime';
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

function where(f: StatsFilter, table: 'facts' | 'counters'): { sql: string; params: unknown[] } {
  const clauses = ['service_date BETWEEN ? AND ?'];
  const params: unknown[] = [f.from, f.to];
  if (f.serviceCode !== undefined && table !== 'counters') {
    clauses.push('service_code = ?');
    params.push(f.serviceCode);
  }
  if (f.counterNumber !== undefined) {
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
    for (const table of ['stats_facts', 'stats_facts_sp', 'stats_facts_c', 'stats_day_service', 'stats_counters', 'stats_days']) {
      this.db.prepare(`DELETE FROM ${table} WHERE service_date = ?`).run(date);
    }
    const values = (row: FactRow) => FACT_COLUMNS.map(([k]) => row[k]);
    const marks = FACT_COLUMNS.map(() => '?').join(', ');
    const columns = FACT_COLUMNS.map(([, c]) => c).join(', ');
    const insertFact = this.db.prepare(`INSERT INTO stats_facts (service_date, service_code, counter_number, priority, ${columns}) VALUES (?, ?, ?, ?, ${marks})`);
    const bySp = new Map<string, FactRow>();
    const byCounter = new Map<number, FactRow>();
    for (const [key, row] of facts.rows) {
      const [service, counter, priority] = key.split('|') as [string, string, string];
      insertFact.run(date, service, Number(counter), priority, ...values(row));
      bySp.set(`${service}|${priority}`, addRows(bySp.get(`${service}|${priority}`) ?? emptyRow(), row));
      byCounter.set(Number(counter), addRows(byCounter.get(Number(counter)) ?? emptyRow(), row));
    }
    const insertSp = this.db.prepare(`INSERT INTO stats_facts_sp (service_date, service_code, priority, ${columns}) VALUES (?, ?, ?, ${marks})`);
    for (const [key, row] of bySp) {
      const [service, priority] = key.split('|') as [string, string];
      insertSp.run(date, service, priority, ...values(row));
    }
    const insertC = this.db.prepare(`INSERT INTO stats_facts_c (service_date, counter_number, ${columns}) VALUES (?, ?, ${marks})`);
    for (const [counter, row] of byCounter) insertC.run(date, counter, ...values(row));

    const perService = new Map<string, { minutes: [number, number][]; hours: [number, number][] }>();
    const entry = (service: string) => {
      let e = perService.get(service);
      if (!e) perService.set(service, (e = { minutes: [], hours: [] }));
      return e;
    };
    for (const [key, n] of facts.waitMinutes) {
      const [service, minute] = key.split('|') as [string, string];
      entry(service).minutes.push([Number(minute), n]);
    }
    for (const [key, n] of facts.arrivals) {
      const [service, hour] = key.split('|') as [string, string];
      entry(service).hours.push([Number(hour), n]);
    }
    const insertHist = this.db.prepare('INSERT INTO stats_day_service VALUES (?, ?, ?, ?)');
    for (const [service, e] of perService) insertHist.run(date, service, JSON.stringify(e.minutes), JSON.stringify(e.hours));
    const insertCounter = this.db.prepare('INSERT INTO stats_counters VALUES (?, ?, ?, ?, ?)');
    for (const [counter, t] of facts.counters) insertCounter.run(date, counter, t.openMs, t.busyMs, t.idleQueueMs);
    this.db.prepare('INSERT INTO stats_days VALUES (?, ?)').run(date, now);
  }

  private sum(table: string, keyExpr: string, groupBy: string, clauses: string[], params: unknown[]): Map<string, FactRow> {
    const select = FACT_COLUMNS.map(([k, c]) => `${k === 'waitMaxMs' ? 'MAX' : 'SUM'}(${c}) AS ${c}`).join(', ');
    const rows = this.db
      .prepare(`SELECT ${keyExpr} AS k, ${select} FROM ${table} WHERE ${clauses.join(' AND ')} GROUP BY ${groupBy}`)
      .all(...params) as (Record<string, number> & { k: string })[];
    return new Map(rows.map((r) => [String(r.k), Object.fromEntries(FACT_COLUMNS.map(([k, c]) => [k, r[c] ?? 0])) as unknown as FactRow]));
  }

  /** Closed days' facts per (service, counter, priority), for views filtered by counter, service or priority. */
  sumFacts(f: StatsFilter): Map<string, FactRow> {
    const w = where(f, 'facts');
    return this.sum('stats_facts', "service_code || '|' || counter_number || '|' || priority", 'service_code, counter_number, priority', [w.sql], w.params);
  }

  /** Closed days' facts per (service, priority), summed over counters (no counter filter possible). */
  sumFactsByServicePriority(f: StatsFilter): Map<string, FactRow> {
    const w = where({ ...f, counterNumber: undefined }, 'facts');
    return this.sum('stats_facts_sp', "service_code || '|' || priority", 'service_code, priority', [w.sql], w.params);
  }

  /** Closed days' facts per counter, over every service and priority. */
  sumFactsByCounter(from: string, to: string): Map<string, FactRow> {
    return this.sum('stats_facts_c', 'CAST(counter_number AS TEXT)', 'counter_number', ['service_date BETWEEN ? AND ?'], [from, to]);
  }

  /**
   * Closed days' waiting-minute histograms per service (minute → count) and arrivals per date and hour,
   * from the compact per-day JSON.
   */
  histograms(f: StatsFilter): { waitMinutes: Map<string, Map<number, number>>; arrivals: { date: string; hour: number; n: number }[] } {
    const clauses = ['service_date BETWEEN ? AND ?'];
    const params: unknown[] = [f.from, f.to];
    if (f.serviceCode !== undefined) {
      clauses.push('service_code = ?');
      params.push(f.serviceCode);
    }
    const rows = this.db
      .prepare(`SELECT service_date, service_code, wait_minutes, arrivals FROM stats_day_service WHERE ${clauses.join(' AND ')}`)
      .all(...params) as { service_date: string; service_code: string; wait_minutes: string; arrivals: string }[];
    const waitMinutes = new Map<string, Map<number, number>>();
    const arrivals: { date: string; hour: number; n: number }[] = [];
    for (const r of rows) {
      let h = waitMinutes.get(r.service_code);
      if (!h) waitMinutes.set(r.service_code, (h = new Map()));
      for (const [minute, n] of JSON.parse(r.wait_minutes) as [number, number][]) h.set(minute, (h.get(minute) ?? 0) + n);
      for (const [hour, n] of JSON.parse(r.arrivals) as [number, number][]) arrivals.push({ date: r.service_date, hour, n });
    }
    return { waitMinutes, arrivals };
  }

  /**
   * People served in a range (the SKM population): summed from the rollups of closed days and counted
   * live for the days after them.
   */
  servedInRange(f: StatsFilter): number {
    const last = this.lastSummarizedDay() ?? '';
    const closed = f.counterNumber === undefined ? this.sumFactsByServicePriority(f) : this.sumFacts(f);
    let served = [...closed.values()].reduce((n, r) => n + r.served, 0);
    const lower = last === '' || f.from > last ? f.from : nextDate(last);
    const clauses = ["state = 'done'", 'service_date >= ?', 'service_date <= ?'];
    const params: unknown[] = [lower, f.to];
    if (f.serviceCode !== undefined) {
      clauses.push('service_code = ?');
      params.push(f.serviceCode);
    }
    if (f.counterNumber !== undefined) {
      clauses.push('counter_number = ?');
      params.push(f.counterNumber);
    }
    served += (this.db.prepare(`SELECT COUNT(*) AS n FROM tickets WHERE ${clauses.join(' AND ')}`).get(...params) as { n: number }).n;
    return served;
  }

  /** The summarized days in a range, up to `until`. */
  summarizedDays(from: string, until: string): string[] {
    return (this.db.prepare('SELECT service_date AS d FROM stats_days WHERE service_date BETWEEN ? AND ?').all(from, until) as { d: string }[]).map(
      (r) => r.d,
    );
  }

  /** The last summarized day: every later day with tickets is computed live. */
  lastSummarizedDay(): string | null {
    return (this.db.prepare('SELECT MAX(service_date) AS d FROM stats_days').get() as { d: string | null }).d;
  }

  /** Days with tickets in the range after `after` (one index range: only the last, live days). */
  ticketDatesAfter(after: string, from: string, to: string): string[] {
    // One lower bound, so SQLite's index range starts at the live days and not at `from`.
    const lower = after === '' || from > after ? from : nextDate(after);
    return (
      this.db.prepare('SELECT DISTINCT service_date AS d FROM tickets WHERE service_date >= ? AND service_date <= ? ORDER BY d').all(lower, to) as {
        d: string;
      }[]
    ).map((r) => r.d);
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
