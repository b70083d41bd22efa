import type { QuickFace } from '../../shared/skm';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database';
import { dayClause, splitByMonths } from './rangeSplit';

export type RatingKind = 'quick' | 'survey';
/** Where an answer was given: the office's rating tablet, or the resident's own phone (migration 009). */
export type RatingChannel = 'tablet' | 'phone';

export interface NewQuickRating {
  at: number;
  serviceDate: string;
  face: QuickFace;
  serviceCode: string;
  ticketId: string | null;
  counterNumber: number | null;
  source: string;
  /** Default 'tablet'. */
  channel?: RatingChannel;
}

export interface NewSurvey {
  at: number;
  serviceDate: string;
  serviceCode: string;
  ticketId: string | null;
  counterNumber: number | null;
  /** Scores of U1…U9, in code order. */
  scores: readonly number[];
  profile: { gender: string | null; ageBand: string | null; education: string | null; occupation: string | null };
  source: string;
  /** Default 'tablet'. */
  channel?: RatingChannel;
}

/** Filters of a report: a date range, optionally one service or one counter. */
export interface RatingFilter {
  from: string;
  to: string;
  serviceCode?: string | undefined;
  counterNumber?: number | undefined;
  /** An agency's services (a Mal Pelayanan Publik's agency supervisor); absent: all. */
  services?: readonly string[] | undefined;
}

/** The agency part of a report's WHERE clause (an empty list matches nothing). */
function servicesIn(f: RatingFilter): { sql: string[]; params: unknown[] } {
  if (f.services === undefined) return { sql: [], params: [] };
  if (f.services.length === 0) return { sql: ['0'], params: [] };
  return { sql: [`service_code IN (${f.services.map(() => '?').join(', ')})`], params: [...f.services] };
}

/** Respondents and score sums of one service, counter (null: not linked to a visit) and month. */
export interface SurveyGroup {
  serviceCode: string;
  counterNumber: number | null;
  month: string;
  respondents: number;
  /** Sum of the scores of U1…U9. */
  totals: number[];
}

const UNSUR_COLUMNS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'];


const PROFILE_FIELDS: readonly [string, string][] = [
  ['gender', 'gender'],
  ['ageBand', 'age_band'],
  ['education', 'education'],
  ['occupation', 'occupation'],
];

/** A report's WHERE clause; `counterColumn` is how the table names the counter (-1 for unlinked answers). */
function filterSql(f: RatingFilter, counterColumn: string): { where: string; params: unknown[] } {
  const clauses = ['service_date BETWEEN ? AND ?'];
  const params: unknown[] = [f.from, f.to];
  if (f.serviceCode !== undefined) {
    clauses.push('service_code = ?');
    params.push(f.serviceCode);
  }
  if (f.counterNumber !== undefined) {
    clauses.push(`${counterColumn} = ?`);
    params.push(f.counterNumber);
  }
  const agency = servicesIn(f);
  clauses.push(...agency.sql);
  params.push(...agency.params);
  return { where: clauses.join(' AND '), params };
}

const QUICK_COLUMNS: readonly [string, string][] = [
  ['very-unhappy', 'quick_very_unhappy'],
  ['unhappy', 'quick_unhappy'],
  ['happy', 'quick_happy'],
  ['very-happy', 'quick_very_happy'],
];

/** The two rollups a settled answer is added to: its day's and its month's. */
function rollupsOf(serviceDate: string): [table: 'ratings' | 'ratings_month', period: string, key: string][] {
  return [
    ['ratings', 'service_date', serviceDate],
    ['ratings_month', 'month', serviceDate.slice(0, 7)],
  ];
}

/** Where a report reads settled answers: whole months from the month rollups, loose days from the day rollups. */
function settledParts(f: RatingFilter): { table: 'ratings' | 'ratings_month'; where: string; params: unknown[] }[] {
  const split = splitByMonths(f.from, f.to);
  const filters: string[] = [];
  const params: unknown[] = [];
  if (f.serviceCode !== undefined) {
    filters.push('service_code = ?');
    params.push(f.serviceCode);
  }
  if (f.counterNumber !== undefined) {
    filters.push('counter_number = ?');
    params.push(f.counterNumber);
  }
  const agency = servicesIn(f);
  filters.push(...agency.sql);
  params.push(...agency.params);
  const parts: { table: 'ratings' | 'ratings_month'; where: string; params: unknown[] }[] = [];
  if (split.days.length > 0) {
    const day = dayClause(split);
    parts.push({ table: 'ratings', where: [day.sql, ...filters].join(' AND '), params: [...day.params, ...params] });
  }
  if (split.months) parts.push({ table: 'ratings_month', where: ['month BETWEEN ? AND ?', ...filters].join(' AND '), params: [...split.months, ...params] });
  return parts;
}

/** One-tap ratings and SKM surveys: storage, burst windows, counting for sync, and report sums. */
export class RatingsRepo {
  private readonly insertQuickStmt;
  private readonly insertSurveyStmt;
  private readonly recentQuickStmt;
  private readonly recentSurveysStmt;
  private readonly excludeQuickStmt;
  private readonly excludeSurveyStmt;
  private readonly exclusionStmt;
  private readonly quickForTicketStmt;
  private readonly surveyForTicketStmt;
  private readonly servedNearStmt;

  private readonly statements = new Map<string, Statement<unknown[]>>();

  /** Settling runs the same few statements for every answer: prepare each once. */
  private prepared(sql: string): Statement<unknown[]> {
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare<unknown[]>(sql)));
    return stmt;
  }

  constructor(private readonly db: Db) {
    this.insertQuickStmt = db.prepare(
      `INSERT INTO quick_ratings (at, service_date, face, service_code, ticket_id, counter_number, source, channel)
       VALUES (@at, @serviceDate, @face, @serviceCode, @ticketId, @counterNumber, @source, @channel)`,
    );
    this.insertSurveyStmt = db.prepare(
      `INSERT INTO surveys (at, service_date, service_code, ticket_id, counter_number, ${UNSUR_COLUMNS.join(', ')}, answers_key,
         gender, age_band, education, occupation, source, channel)
       VALUES (@at, @serviceDate, @serviceCode, @ticketId, @counterNumber, ${UNSUR_COLUMNS.map((c) => `@${c}`).join(', ')}, @answersKey,
         @gender, @ageBand, @education, @occupation, @source, @channel)`,
    );
    this.recentQuickStmt = db.prepare<[string, number], { id: number; face: string; excluded: number }>(
      `SELECT id, face, excluded_reason IS NOT NULL AS excluded FROM quick_ratings
       WHERE source = ? AND at >= ? AND ticket_id IS NULL ORDER BY id`,
    );
    this.recentSurveysStmt = db.prepare<[string, number], { id: number; key: string; excluded: number }>(
      `SELECT id, answers_key AS key, excluded_reason IS NOT NULL AS excluded FROM surveys
       WHERE source = ? AND at >= ? AND ticket_id IS NULL ORDER BY id`,
    );
    this.excludeQuickStmt = db.prepare('UPDATE quick_ratings SET excluded_reason = ? WHERE id = ? AND excluded_reason IS NULL');
    this.excludeSurveyStmt = db.prepare('UPDATE surveys SET excluded_reason = ? WHERE id = ? AND excluded_reason IS NULL');
    this.exclusionStmt = db.prepare('INSERT INTO rating_exclusions (at, kind, rating_id, reason, detail) VALUES (?, ?, ?, ?, ?)');
    this.quickForTicketStmt = db.prepare<[string], { id: number }>('SELECT id FROM quick_ratings WHERE ticket_id = ?');
    this.surveyForTicketStmt = db.prepare<[string], { id: number }>('SELECT id FROM surveys WHERE ticket_id = ?');
    // The service days narrow the search to the (service_date, state) index; ended_at then picks the window.
    this.servedNearStmt = db.prepare<
      { first: string; second: string; since: number; counter: number | null },
      { finished: number | null; serving: number | null }
    >(
      `SELECT SUM(state = 'done' AND ended_at >= @since) AS finished, SUM(state = 'serving') AS serving
       FROM tickets WHERE service_date IN (@first, @second) AND state IN ('done', 'serving')
         AND (@counter IS NULL OR counter_number = @counter)`,
    );
  }

  insertQuick(r: NewQuickRating): number {
    return Number(this.insertQuickStmt.run({ ...r, channel: r.channel ?? 'tablet' }).lastInsertRowid);
  }

  insertSurvey(s: NewSurvey): number {
    const scores = Object.fromEntries(UNSUR_COLUMNS.map((c, i) => [c, s.scores[i]]));
    return Number(
      this.insertSurveyStmt.run({
        at: s.at,
        serviceDate: s.serviceDate,
        serviceCode: s.serviceCode,
        ticketId: s.ticketId,
        counterNumber: s.counterNumber,
        ...scores,
        answersKey: s.scores.join(''),
        ...s.profile,
        source: s.source,
        channel: s.channel ?? 'tablet',
      }).lastInsertRowid,
    );
  }

  /** Unlinked one-tap ratings of one source since `sinceAt` (the burst and answer-rate windows). */
  recentQuick(source: string, sinceAt: number): { id: number; value: string; excluded: boolean }[] {
    return this.recentQuickStmt.all(source, sinceAt).map((r) => ({ id: r.id, value: r.face, excluded: r.excluded === 1 }));
  }

  recentSurveys(source: string, sinceAt: number): { id: number; value: string; excluded: boolean }[] {
    return this.recentSurveysStmt.all(source, sinceAt).map((r) => ({ id: r.id, value: r.key, excluded: r.excluded === 1 }));
  }

  /**
   * People served at a counter (or, with null, in the whole office): tickets finished since `since` and
   * tickets being served now, among the tickets of the given service days (the window's one or two days).
   */
  servedNear(serviceDates: readonly [string, string], since: number, counter: number | null): { finished: number; serving: number } {
    const row = this.servedNearStmt.get({ first: serviceDates[0], second: serviceDates[1], since, counter }) as { finished: number | null; serving: number | null };
    return { finished: row.finished ?? 0, serving: row.serving ?? 0 };
  }

  /** Leaves a rating out of every index, and says so in the audit trail. */
  exclude(kind: RatingKind, id: number, reason: string, now: number, detail: string): void {
    const changed = (kind === 'quick' ? this.excludeQuickStmt : this.excludeSurveyStmt).run(reason, id).changes;
    if (changed === 1) this.exclusionStmt.run(now, kind, id, reason, detail);
  }

  ratedTicket(kind: RatingKind, ticketId: string): boolean {
    return (kind === 'quick' ? this.quickForTicketStmt : this.surveyForTicketStmt).get(ticketId) !== undefined;
  }

  /**
   * Settles every answer given before `before`: the ones not excluded are added to the rollups, and all
   * are marked counted. Returns the settled, not excluded answers (the caller counts them for sync).
   */
  settle(before: number): {
    quick: { serviceDate: string; serviceCode: string; face: string }[];
    surveys: { serviceDate: string; serviceCode: string; scores: number[] }[];
  } {
    const quick = this.db
      .prepare(
        `SELECT id, service_date, service_code, COALESCE(counter_number, -1) AS counter, face, excluded_reason IS NOT NULL AS excluded
         FROM quick_ratings WHERE counted = 0 AND at < ? ORDER BY id`,
      )
      .all(before) as { id: number; service_date: string; service_code: string; counter: number; face: string; excluded: number }[];
    const surveys = this.db
      .prepare(
        `SELECT id, service_date, service_code, COALESCE(counter_number, -1) AS counter, ${UNSUR_COLUMNS.join(', ')},
           gender, age_band, education, occupation, excluded_reason IS NOT NULL AS excluded
         FROM surveys WHERE counted = 0 AND at < ? ORDER BY id`,
      )
      .all(before) as (Record<string, number | string | null> & { id: number; service_date: string; service_code: string; counter: number; excluded: number })[];
    const faceColumn = Object.fromEntries(QUICK_COLUMNS) as Record<string, string>;
    const out = { quick: [] as { serviceDate: string; serviceCode: string; face: string }[], surveys: [] as { serviceDate: string; serviceCode: string; scores: number[] }[] };
    for (const q of quick) {
      if (!q.excluded) {
        const column = faceColumn[q.face] as string;
        for (const [table, period, key] of rollupsOf(q.service_date)) {
          this.prepared(
              `INSERT INTO ${table}_rollup (${period}, service_code, counter_number, ${column}) VALUES (?, ?, ?, 1)
               ON CONFLICT (${period}, service_code, counter_number) DO UPDATE SET ${column} = ${column} + 1`,
            )
            .run(key, q.service_code, q.counter);
        }
        out.quick.push({ serviceDate: q.service_date, serviceCode: q.service_code, face: q.face });
      }
      this.prepared('UPDATE quick_ratings SET counted = 1 WHERE id = ?').run(q.id);
    }
    for (const sv of surveys) {
      if (!sv.excluded) {
        const scores = UNSUR_COLUMNS.map((c) => Number(sv[c]));
        for (const [table, period, key] of rollupsOf(sv.service_date)) {
          this.prepared(
              `INSERT INTO ${table}_rollup (${period}, service_code, counter_number, respondents, ${UNSUR_COLUMNS.join(', ')})
               VALUES (?, ?, ?, 1, ${UNSUR_COLUMNS.map(() => '?').join(', ')})
               ON CONFLICT (${period}, service_code, counter_number) DO UPDATE SET respondents = respondents + 1,
                 ${UNSUR_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
            )
            .run(key, sv.service_code, sv.counter, ...scores);
          const addProfile = this.prepared(
            `INSERT INTO ${table}_profile VALUES (?, ?, ?, ?, ?, 1)
             ON CONFLICT (${period}, service_code, counter_number, field, value) DO UPDATE SET n = n + 1`,
          );
          for (const [field, column] of PROFILE_FIELDS) addProfile.run(key, sv.service_code, sv.counter, field, sv[column] ?? '-');
        }
        out.surveys.push({ serviceDate: sv.service_date, serviceCode: sv.service_code, scores });
      }
      this.prepared('UPDATE surveys SET counted = 1 WHERE id = ?').run(sv.id);
    }
    return out;
  }

  /**
   * Survey respondents and score sums per (service, counter, month) for a report: the settled rollups
   * plus the few answers of the last minutes that have not settled yet. Excluded answers never count.
   */
  surveyGroups(f: RatingFilter): SurveyGroup[] {
    const sums = UNSUR_COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(', ');
    const rows: (Record<string, number> & { s: string; c: number; m: string; n: number })[] = [];
    for (const part of settledParts(f)) {
      const month = part.table === 'ratings_month' ? 'month' : 'substr(service_date, 1, 7)';
      rows.push(
        ...(this.db
          .prepare(
            `SELECT service_code AS s, counter_number AS c, ${month} AS m, SUM(respondents) AS n, ${sums}
             FROM ${part.table}_rollup WHERE ${part.where} AND respondents > 0 GROUP BY 1, 2, 3`,
          )
          .all(...part.params) as typeof rows),
      );
    }
    const raw = filterSql(f, 'COALESCE(counter_number, -1)');
    rows.push(
      ...(this.db
        .prepare(
          `SELECT service_code AS s, COALESCE(counter_number, -1) AS c, substr(service_date, 1, 7) AS m, COUNT(*) AS n, ${sums}
           FROM surveys WHERE counted = 0 AND excluded_reason IS NULL AND ${raw.where} GROUP BY 1, 2, 3`,
        )
        .all(...raw.params) as typeof rows),
    );
    return rows.map((r) => ({
      serviceCode: r.s,
      counterNumber: r.c === -1 ? null : r.c,
      month: r.m,
      respondents: r.n,
      totals: UNSUR_COLUMNS.map((c) => r[c] ?? 0),
    }));
  }

  /** Respondents and score sums over the whole filter (no grouping). */
  surveyTotal(f: RatingFilter): { respondents: number; totals: number[] } {
    const sums = UNSUR_COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(', ');
    const rows: (Record<string, number | null> & { n: number | null })[] = [];
    for (const part of settledParts(f)) {
      rows.push(this.db.prepare(`SELECT SUM(respondents) AS n, ${sums} FROM ${part.table}_rollup WHERE ${part.where}`).get(...part.params) as (typeof rows)[number]);
    }
    const raw = filterSql(f, 'COALESCE(counter_number, -1)');
    rows.push(
      this.db
        .prepare(`SELECT COUNT(*) AS n, ${sums} FROM surveys WHERE counted = 0 AND excluded_reason IS NULL AND ${raw.where}`)
        .get(...raw.params) as (typeof rows)[number],
    );
    return {
      respondents: rows.reduce((n, r) => n + (r.n ?? 0), 0),
      totals: UNSUR_COLUMNS.map((c) => rows.reduce((n, r) => n + (r[c] ?? 0), 0)),
    };
  }

  quickCounts(f: RatingFilter): Map<string, number> {
    const counts = new Map<string, number>(QUICK_COLUMNS.map(([face]) => [face, 0]));
    for (const part of settledParts(f)) {
      const settled = this.db
        .prepare(`SELECT ${QUICK_COLUMNS.map(([, c]) => `SUM(${c}) AS ${c}`).join(', ')} FROM ${part.table}_rollup WHERE ${part.where}`)
        .get(...part.params) as Record<string, number | null>;
      for (const [face, column] of QUICK_COLUMNS) counts.set(face, (counts.get(face) ?? 0) + (settled[column] ?? 0));
    }
    const raw = filterSql(f, 'COALESCE(counter_number, -1)');
    const fresh = this.db
      .prepare(`SELECT face, COUNT(*) AS n FROM quick_ratings WHERE counted = 0 AND excluded_reason IS NULL AND ${raw.where} GROUP BY face`)
      .all(...raw.params) as { face: string; n: number }[];
    for (const r of fresh) counts.set(r.face, (counts.get(r.face) ?? 0) + r.n);
    return counts;
  }

  profileCounts(f: RatingFilter): { field: string; value: string; n: number }[] {
    const raw = filterSql(f, 'COALESCE(counter_number, -1)');
    const counts = new Map<string, number>();
    for (const part of settledParts(f)) {
      const settled = this.db
        .prepare(`SELECT field, value, SUM(n) AS n FROM ${part.table}_profile WHERE ${part.where} GROUP BY field, value`)
        .all(...part.params) as { field: string; value: string; n: number }[];
      for (const r of settled) counts.set(`${r.field}|${r.value}`, (counts.get(`${r.field}|${r.value}`) ?? 0) + r.n);
    }
    for (const [field, column] of PROFILE_FIELDS) {
      const fresh = this.db
        .prepare(`SELECT COALESCE(${column}, '-') AS value, COUNT(*) AS n FROM surveys WHERE counted = 0 AND excluded_reason IS NULL AND ${raw.where} GROUP BY value`)
        .all(...raw.params) as { value: string; n: number }[];
      for (const r of fresh) counts.set(`${field}|${r.value}`, (counts.get(`${field}|${r.value}`) ?? 0) + r.n);
    }
    return [...counts]
      .map(([key, n]) => {
        const [field, value] = key.split('|') as [string, string];
        return { field, value, n };
      })
      .sort((a, b) => a.field.localeCompare(b.field) || a.value.localeCompare(b.value));
  }

  /** Answers counted in the indices (not excluded) per channel: where the residents rated, tablet or phone. */
  channelCounts(f: RatingFilter): { channel: RatingChannel; quick: number; survey: number }[] {
    const raw = filterSql(f, 'COALESCE(counter_number, -1)');
    const count = (table: string) =>
      new Map(
        (this.db.prepare(`SELECT channel, COUNT(*) AS n FROM ${table} WHERE excluded_reason IS NULL AND ${raw.where} GROUP BY channel`).all(...raw.params) as {
          channel: RatingChannel;
          n: number;
        }[]).map((r) => [r.channel, r.n]),
      );
    const quick = count('quick_ratings');
    const surveys = count('surveys');
    return (['tablet', 'phone'] as const).map((channel) => ({ channel, quick: quick.get(channel) ?? 0, survey: surveys.get(channel) ?? 0 }));
  }

  excludedCounts(f: RatingFilter): { quick: number; survey: number } {
    const raw = filterSql(f, 'COALESCE(counter_number, -1)');
    const count = (table: string) =>
      (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE excluded_reason IS NOT NULL AND ${raw.where}`).get(...raw.params) as { n: number }).n;
    return { quick: count('quick_ratings'), survey: count('surveys') };
  }

  /** The audit trail of exclusions, newest first. */
  exclusions(limit: number): { at: number; kind: RatingKind; ratingId: number; reason: string; detail: string | null }[] {
    return (
      this.db.prepare('SELECT at, kind, rating_id, reason, detail FROM rating_exclusions ORDER BY id DESC LIMIT ?').all(limit) as {
        at: number;
        kind: RatingKind;
        rating_id: number;
        reason: string;
        detail: string | null;
      }[]
    ).map((r) => ({ at: r.at, kind: r.kind, ratingId: r.rating_id, reason: r.reason, detail: r.detail }));
  }
}
