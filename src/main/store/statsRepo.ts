import { addRows, emptyRow, type CounterTime, type DayEvent, type DayFacts, type DayTicket, type FactRow } from './dayFactRows';
import { nextDate, weekdayOf } from '../../shared/time/localTime';
import type { Db } from './database';
import { dayClause, splitByMonths } from './rangeSplit';

/** Filters of a statistics view; every field narrows it. */
export interface StatsFilter {
  from: string;
  to: string;
  serviceCode?: string | undefined;
  counterNumber?: number | undefined;
  priority?: string | undefined;
  /** An agency's services and counters (a Mal Pelayanan Publik's agency supervisor); absent: all. */
  agency?: { services: readonly string[]; counters: readonly number[] } | undefined;
}

/** `column IN (?, ?, …)` for a list (an empty list matches nothing). */
function inList(column: string, values: readonly unknown[]): { sql: string; params: unknown[] } {
  return values.length === 0 ? { sql: '0', params: [] } : { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
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

/** The non-date filters of a view, as SQL; the date part comes from the range split. */
function filterClauses(f: StatsFilter, table: 'facts' | 'counters'): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (f.serviceCode !== undefined && table === 'facts') {
    sql.push('service_code = ?');
    params.push(f.serviceCode);
  }
  if (f.counterNumber !== undefined) {
    sql.push('counter_number = ?');
    params.push(f.counterNumber);
  }
  if (f.priority !== undefined && table === 'facts') {
    sql.push('priority = ?');
    params.push(f.priority);
  }
  if (f.agency !== undefined) {
    const part = table === 'facts' ? inList('service_code', f.agency.services) : inList('counter_number', f.agency.counters);
    sql.push(part.sql);
    params.push(...part.params);
  }
  return { sql, params };
}

/** The day part and month part of a query over a split range, each with its parameters (null: not needed). */
function periodParts(f: StatsFilter): { day: { sql: string; params: unknown[] } | null; month: { sql: string; params: unknown[] } | null } {
  const split = splitByMonths(f.from, f.to);
  return {
    day: split.days.length > 0 ? dayClause(split) : null,
    month: split.months ? { sql: 'month BETWEEN ? AND ?', params: split.months } : null,
  };
}

function monthRange(month: string): [string, string] {
  return [`${month}-01`, `${month}-31`];
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
    this.rebuildMonth(date.slice(0, 7));
  }

  /**
   * Drops one day's rollups (its tickets moved to another date), so the day is summarized again from
   * its tickets when it is closed. Run inside a transaction.
   */
  forgetDay(date: string): void {
    for (const table of ['stats_facts', 'stats_facts_sp', 'stats_facts_c', 'stats_day_service', 'stats_counters', 'stats_days']) {
      this.db.prepare(`DELETE FROM ${table} WHERE service_date = ?`).run(date);
    }
    this.rebuildMonth(date.slice(0, 7));
  }

  /** Recomputes one month's rollups from its summarized days (after a day was summarized). */
  private rebuildMonth(month: string): void {
    const [from, to] = monthRange(month);
    const sums = FACT_COLUMNS.map(([k, c]) => `${k === 'waitMaxMs' ? 'MAX' : 'SUM'}(${c})`).join(', ');
    const columns = FACT_COLUMNS.map(([, c]) => c).join(', ');
    for (const [table, keys] of [
      ['facts', 'service_code, counter_number, priority'],
      ['facts_sp', 'service_code, priority'],
      ['facts_c', 'counter_number'],
    ] as const) {
      this.db.prepare(`DELETE FROM stats_month_${table} WHERE month = ?`).run(month);
      this.db
        .prepare(
          `INSERT INTO stats_month_${table} (month, ${keys}, ${columns})
           SELECT ?, ${keys}, ${sums} FROM stats_${table} WHERE service_date BETWEEN ? AND ? GROUP BY ${keys}`,
        )
        .run(month, from, to);
    }
    this.db.prepare('DELETE FROM stats_month_counters WHERE month = ?').run(month);
    this.db
      .prepare(
        `INSERT INTO stats_month_counters SELECT ?, counter_number, SUM(open_ms), SUM(busy_ms), SUM(idle_queue_ms)
         FROM stats_counters WHERE service_date BETWEEN ? AND ? GROUP BY counter_number`,
      )
      .run(month, from, to);
    const perService = new Map<string, { minutes: Map<number, number>; arrivals: Map<string, number> }>();
    const days = this.db
      .prepare('SELECT service_date, service_code, wait_minutes, arrivals FROM stats_day_service WHERE service_date BETWEEN ? AND ?')
      .all(from, to) as { service_date: string; service_code: string; wait_minutes: string; arrivals: string }[];
    for (const d of days) {
      let e = perService.get(d.service_code);
      if (!e) perService.set(d.service_code, (e = { minutes: new Map(), arrivals: new Map() }));
      for (const [minute, n] of JSON.parse(d.wait_minutes) as [number, number][]) e.minutes.set(minute, (e.minutes.get(minute) ?? 0) + n);
      const weekday = weekdayOf(d.service_date);
      for (const [hour, n] of JSON.parse(d.arrivals) as [number, number][]) e.arrivals.set(`${weekday}|${hour}`, (e.arrivals.get(`${weekday}|${hour}`) ?? 0) + n);
    }
    this.db.prepare('DELETE FROM stats_month_service WHERE month = ?').run(month);
    const insert = this.db.prepare('INSERT INTO stats_month_service VALUES (?, ?, ?, ?)');
    for (const [service, e] of perService) {
      const arrivals = [...e.arrivals].map(([key, n]) => [...key.split('|').map(Number), n]);
      insert.run(month, service, JSON.stringify([...e.minutes]), JSON.stringify(arrivals));
    }
  }

  /** Sums a fact rollup over the range: whole months from the month table, loose days from the day table. */
  private sum(table: 'facts' | 'facts_sp' | 'facts_c', keyExpr: string, groupBy: string, f: StatsFilter): Map<string, FactRow> {
    const select = FACT_COLUMNS.map(([k, c]) => `${k === 'waitMaxMs' ? 'MAX' : 'SUM'}(${c}) AS ${c}`).join(', ');
    const filters = filterClauses(f, table === 'facts_c' ? 'counters' : 'facts');
    const { day, month } = periodParts(f);
    const out = new Map<string, FactRow>();
    const run = (source: string, period: { sql: string; params: unknown[] }) => {
      const rows = this.db
        .prepare(`SELECT ${keyExpr} AS k, ${select} FROM ${source} WHERE ${[period.sql, ...filters.sql].join(' AND ')} GROUP BY ${groupBy}`)
        .all(...period.params, ...filters.params) as (Record<string, number> & { k: string })[];
      for (const r of rows) {
        const row = Object.fromEntries(FACT_COLUMNS.map(([k, c]) => [k, r[c] ?? 0])) as unknown as FactRow;
        out.set(String(r.k), addRows(out.get(String(r.k)) ?? emptyRow(), row));
      }
    };
    if (day) run(`stats_${table}`, day);
    if (month) run(`stats_month_${table}`, month);
    return out;
  }

  /** Closed days' facts per (service, counter, priority), for views filtered by counter, service or priority. */
  sumFacts(f: StatsFilter): Map<string, FactRow> {
    return this.sum('facts', "service_code || '|' || counter_number || '|' || priority", 'service_code, counter_number, priority', f);
  }

  /** Closed days' facts per (service, priority), summed over counters (no counter filter possible). */
  sumFactsByServicePriority(f: StatsFilter): Map<string, FactRow> {
    return this.sum('facts_sp', "service_code || '|' || priority", 'service_code, priority', { ...f, counterNumber: undefined });
  }

  /** Closed days' facts per counter, over every service and priority. */
  sumFactsByCounter(from: string, to: string): Map<string, FactRow> {
    return this.sum('facts_c', 'CAST(counter_number AS TEXT)', 'counter_number', { from, to });
  }

  /**
   * Closed days' waiting-minute histograms per service (minute → count) and arrivals per weekday and
   * hour (key `${weekday}|${hour}`, Monday = 1), from the compact JSON of months and loose days.
   */
  histograms(f: StatsFilter): { waitMinutes: Map<string, Map<number, number>>; arrivals: Map<string, number> } {
    const waitMinutes = new Map<string, Map<number, number>>();
    const arrivals = new Map<string, number>();
    const service: { sql: string[]; params: unknown[] } = f.serviceCode !== undefined ? { sql: ['service_code = ?'], params: [f.serviceCode] } : { sql: [], params: [] };
    if (f.agency !== undefined) {
      const part = inList('service_code', f.agency.services);
      service.sql.push(part.sql);
      service.params.push(...part.params);
    }
    const { day, month } = periodParts(f);
    const addMinutes = (code: string, json: string) => {
      let h = waitMinutes.get(code);
      if (!h) waitMinutes.set(code, (h = new Map()));
      for (const [minute, n] of JSON.parse(json) as [number, number][]) h.set(minute, (h.get(minute) ?? 0) + n);
    };
    if (day) {
      const rows = this.db
        .prepare(`SELECT service_date, service_code, wait_minutes, arrivals FROM stats_day_service WHERE ${[day.sql, ...service.sql].join(' AND ')}`)
        .all(...day.params, ...service.params) as { service_date: string; service_code: string; wait_minutes: string; arrivals: string }[];
      for (const r of rows) {
        addMinutes(r.service_code, r.wait_minutes);
        const weekday = weekdayOf(r.service_date);
        for (const [hour, n] of JSON.parse(r.arrivals) as [number, number][]) arrivals.set(`${weekday}|${hour}`, (arrivals.get(`${weekday}|${hour}`) ?? 0) + n);
      }
    }
    if (month) {
      const rows = this.db
        .prepare(`SELECT service_code, wait_minutes, arrivals FROM stats_month_service WHERE ${[month.sql, ...service.sql].join(' AND ')}`)
        .all(...month.params, ...service.params) as { service_code: string; wait_minutes: string; arrivals: string }[];
      for (const r of rows) {
        addMinutes(r.service_code, r.wait_minutes);
        for (const [weekday, hour, n] of JSON.parse(r.arrivals) as [number, number, number][]) {
          arrivals.set(`${weekday}|${hour}`, (arrivals.get(`${weekday}|${hour}`) ?? 0) + n);
        }
      }
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
    if (f.agency !== undefined) {
      const part = inList('service_code', f.agency.services);
      clauses.push(part.sql);
      params.push(...part.params);
    }
    // tickets_active leads with the date: without the hint SQLite may walk every finished ticket instead.
    served += (this.db.prepare(`SELECT COUNT(*) AS n FROM tickets INDEXED BY tickets_active WHERE ${clauses.join(' AND ')}`).get(...params) as {
      n: number;
    }).n;
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
    const filters = filterClauses(f, 'counters');
    const { day, month } = periodParts(f);
    const out = new Map<number, CounterTime>();
    const run = (table: string, period: { sql: string; params: unknown[] }) => {
      const rows = this.db
        .prepare(
          `SELECT counter_number AS c, SUM(open_ms) AS o, SUM(busy_ms) AS b, SUM(idle_queue_ms) AS i FROM ${table}
           WHERE ${[period.sql, ...filters.sql].join(' AND ')} GROUP BY counter_number`,
        )
        .all(...period.params, ...filters.params) as { c: number; o: number; b: number; i: number }[];
      for (const r of rows) {
        const t = out.get(r.c) ?? { openMs: 0, busyMs: 0, idleQueueMs: 0 };
        out.set(r.c, { openMs: t.openMs + r.o, busyMs: t.busyMs + r.b, idleQueueMs: t.idleQueueMs + r.i });
      }
    };
    if (day) run('stats_counters', day);
    if (month) run('stats_month_counters', month);
    return out;
  }
}
