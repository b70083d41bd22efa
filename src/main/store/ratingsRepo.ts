import type { QuickFace } from '../../shared/skm';
import type { Db } from './database';

export type RatingKind = 'quick' | 'survey';

export interface NewQuickRating {
  at: number;
  serviceDate: string;
  face: QuickFace;
  serviceCode: string;
  ticketId: string | null;
  counterNumber: number | null;
  source: string;
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
}

/** Filters of a report: a date range, optionally one service or one counter. */
export interface RatingFilter {
  from: string;
  to: string;
  serviceCode?: string | undefined;
  counterNumber?: number | undefined;
}

export type SurveyGrouping = 'all' | 'service' | 'counter' | 'month';

export interface SurveyTotalsRow {
  group: string;
  respondents: number;
  /** Sum of the scores of U1…U9. */
  totals: number[];
}

const UNSUR_COLUMNS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'];

const GROUP_EXPRESSIONS: Record<SurveyGrouping, string> = {
  all: "'all'",
  service: 'service_code',
  counter: "COALESCE(CAST(counter_number AS TEXT), '-')",
  month: 'substr(service_date, 1, 7)',
};

function filterSql(f: RatingFilter): { where: string; params: unknown[] } {
  const clauses = ['service_date BETWEEN ? AND ?', 'excluded_reason IS NULL'];
  const params: unknown[] = [f.from, f.to];
  if (f.serviceCode !== undefined) {
    clauses.push('service_code = ?');
    params.push(f.serviceCode);
  }
  if (f.counterNumber !== undefined) {
    clauses.push('counter_number = ?');
    params.push(f.counterNumber);
  }
  return { where: clauses.join(' AND '), params };
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
  private readonly uncountedQuickStmt;
  private readonly uncountedSurveysStmt;
  private readonly markQuickStmt;
  private readonly markSurveyStmt;
  private readonly quickForTicketStmt;
  private readonly surveyForTicketStmt;

  constructor(private readonly db: Db) {
    this.insertQuickStmt = db.prepare(
      `INSERT INTO quick_ratings (at, service_date, face, service_code, ticket_id, counter_number, source)
       VALUES (@at, @serviceDate, @face, @serviceCode, @ticketId, @counterNumber, @source)`,
    );
    this.insertSurveyStmt = db.prepare(
      `INSERT INTO surveys (at, service_date, service_code, ticket_id, counter_number, ${UNSUR_COLUMNS.join(', ')}, answers_key,
         gender, age_band, education, occupation, source)
       VALUES (@at, @serviceDate, @serviceCode, @ticketId, @counterNumber, ${UNSUR_COLUMNS.map((c) => `@${c}`).join(', ')}, @answersKey,
         @gender, @ageBand, @education, @occupation, @source)`,
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
    this.uncountedQuickStmt = db.prepare<[number], { id: number; service_date: string; service_code: string; face: string; excluded: number }>(
      `SELECT id, service_date, service_code, face, excluded_reason IS NOT NULL AS excluded FROM quick_ratings
       WHERE counted = 0 AND at < ? ORDER BY id`,
    );
    this.uncountedSurveysStmt = db.prepare<[number], Record<string, number | string | null> & { id: number; service_date: string; service_code: string; excluded: number }>(
      `SELECT id, service_date, service_code, ${UNSUR_COLUMNS.join(', ')}, excluded_reason IS NOT NULL AS excluded FROM surveys
       WHERE counted = 0 AND at < ? ORDER BY id`,
    );
    this.markQuickStmt = db.prepare('UPDATE quick_ratings SET counted = 1 WHERE id = ?');
    this.markSurveyStmt = db.prepare('UPDATE surveys SET counted = 1 WHERE id = ?');
    this.quickForTicketStmt = db.prepare<[string], { id: number }>('SELECT id FROM quick_ratings WHERE ticket_id = ?');
    this.surveyForTicketStmt = db.prepare<[string], { id: number }>('SELECT id FROM surveys WHERE ticket_id = ?');
  }

  insertQuick(r: NewQuickRating): number {
    return Number(this.insertQuickStmt.run(r).lastInsertRowid);
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
      }).lastInsertRowid,
    );
  }

  /** Unlinked one-tap ratings of one source since `sinceAt` (the burst window). */
  recentQuick(source: string, sinceAt: number): { id: number; value: string; excluded: boolean }[] {
    return this.recentQuickStmt.all(source, sinceAt).map((r) => ({ id: r.id, value: r.face, excluded: r.excluded === 1 }));
  }

  recentSurveys(source: string, sinceAt: number): { id: number; value: string; excluded: boolean }[] {
    return this.recentSurveysStmt.all(source, sinceAt).map((r) => ({ id: r.id, value: r.key, excluded: r.excluded === 1 }));
  }

  /** Leaves a rating out of every index, and says so in the audit trail. */
  exclude(kind: RatingKind, id: number, reason: string, now: number, detail: string): void {
    const changed = (kind === 'quick' ? this.excludeQuickStmt : this.excludeSurveyStmt).run(reason, id).changes;
    if (changed === 1) this.exclusionStmt.run(now, kind, id, reason, detail);
  }

  uncountedQuick(before: number): { id: number; serviceDate: string; serviceCode: string; face: string; excluded: boolean }[] {
    return this.uncountedQuickStmt.all(before).map((r) => ({
      id: r.id,
      serviceDate: r.service_date,
      serviceCode: r.service_code,
      face: r.face,
      excluded: r.excluded === 1,
    }));
  }

  uncountedSurveys(before: number): { id: number; serviceDate: string; serviceCode: string; scores: number[]; excluded: boolean }[] {
    return this.uncountedSurveysStmt.all(before).map((r) => ({
      id: r.id,
      serviceDate: r.service_date,
      serviceCode: r.service_code,
      scores: UNSUR_COLUMNS.map((c) => Number(r[c])),
      excluded: r.excluded === 1,
    }));
  }

  markCounted(kind: RatingKind, id: number): void {
    (kind === 'quick' ? this.markQuickStmt : this.markSurveyStmt).run(id);
  }

  ratedTicket(kind: RatingKind, ticketId: string): boolean {
    return (kind === 'quick' ? this.quickForTicketStmt : this.surveyForTicketStmt).get(ticketId) !== undefined;
  }

  /** Respondents and score sums per unsur for the report, grouped as asked; excluded rows never count. */
  surveyTotals(filter: RatingFilter, grouping: SurveyGrouping): SurveyTotalsRow[] {
    const { where, params } = filterSql(filter);
    const group = GROUP_EXPRESSIONS[grouping];
    const rows = this.db
      .prepare(
        `SELECT ${group} AS grp, COUNT(*) AS respondents, ${UNSUR_COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(', ')}
         FROM surveys WHERE ${where} GROUP BY grp ORDER BY grp`,
      )
      .all(...params) as ({ grp: string; respondents: number } & Record<string, number>)[];
    return rows.map((r) => ({ group: String(r.grp), respondents: r.respondents, totals: UNSUR_COLUMNS.map((c) => r[c] ?? 0) }));
  }

  quickCounts(filter: RatingFilter): Map<string, number> {
    const { where, params } = filterSql(filter);
    const rows = this.db
      .prepare(`SELECT face, COUNT(*) AS n FROM quick_ratings WHERE ${where} GROUP BY face`)
      .all(...params) as { face: string; n: number }[];
    return new Map(rows.map((r) => [r.face, r.n]));
  }

  profileCounts(filter: RatingFilter): { field: string; value: string; n: number }[] {
    const { where, params } = filterSql(filter);
    const out: { field: string; value: string; n: number }[] = [];
    for (const [field, column] of [
      ['gender', 'gender'],
      ['ageBand', 'age_band'],
      ['education', 'education'],
      ['occupation', 'occupation'],
    ] as const) {
      const rows = this.db
        .prepare(`SELECT COALESCE(${column}, '-') AS value, COUNT(*) AS n FROM surveys WHERE ${where} GROUP BY value ORDER BY value`)
        .all(...params) as { value: string; n: number }[];
      for (const r of rows) out.push({ field, value: r.value, n: r.n });
    }
    return out;
  }

  excludedCounts(from: string, to: string): { quick: number; survey: number } {
    const count = (table: string) =>
      (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE service_date BETWEEN ? AND ? AND excluded_reason IS NOT NULL`).get(from, to) as {
        n: number;
      }).n;
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
