import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { LoketError } from '../../../shared/api/errors';
import type { IkmResultView } from '../../../shared/api/methods/ratings';
import { agencyParts } from '../../../shared/config/agencyOfService';
import type { OfficeConfig } from '../../../shared/config/officeConfig';
import {
  UNSUR_CODES,
  accumulatorFromTotals,
  computeIkm,
  computeQuickIndex,
  customRange,
  krejcieMorganSampleSize,
  periodRange,
  quickTallyFromCounts,
  sampleProgress,
  type QuickFace,
} from '../../../shared/skm';
import type { MetricDelta } from '../../store/dailyCountersRepo';
import type { RatingChannel, RatingFilter, RatingKind, SurveyGroup } from '../../store/ratingsRepo';
import type { Store } from '../../store/store';
import type { TicketRecord } from '../../store/ticketsRepo';
import { serviceDateOf } from '../../../shared/time/localTime';
import type { Clock } from '../clock';
import type { OfficeCore } from '../officeCore';
import { QUICK_BURST, SURVEY_BURST, burstMembers, type BurstRule } from './burstRule';
import { ANSWER_RATE, allowedAnswers, isOverRate } from './rateRule';
import { settledBefore } from './settling';

/** Where an answer came from: one rating device is one source for the burst and answer-rate rules. */
export interface RatingSource {
  label: string;
  /** The counter the device's credential is tied to (a counter tablet); null for an office-wide device. */
  counter: number | null;
  /** The resident's own phone (the ticket's phone page) or, by default, an office rating tablet. */
  channel?: RatingChannel;
}

type Period = ParsedInput<'ratings.report'>['period'];

/**
 * Ratings: validate and store each answer in one transaction, flag bursts, and add settled answers to
 * the daily counters that sync pushes. Reports read the stored answers through the shared IKM engine.
 */
export class RatingsService {
  constructor(
    private readonly store: Store,
    private readonly core: OfficeCore,
    private readonly config: () => OfficeConfig,
    private readonly clock: Clock,
  ) {}

  // ---------- linking an answer to a visit ----------

  private resolveTicket(ref: string): TicketRecord {
    const ticket = this.core.ticketByRef(ref);
    if (ticket.serviceDate !== this.core.serviceDate()) {
      throw new LoketError('wrong_state', `Ticket ${ref} is from ${ticket.serviceDate}; only today's visits can be rated with their ticket.`, undefined, { reason: 'other_day' });
    }
    if (ticket.state !== 'done' && ticket.state !== 'serving') {
      throw new LoketError('wrong_state', `Ticket ${ref} has not been served yet; it can be rated once the service has started.`, undefined, { reason: 'not_served' });
    }
    return ticket;
  }

  private link(input: { ticketRef?: string | undefined; serviceCode?: string | undefined }): {
    ticket: TicketRecord | null;
    serviceCode: string;
  } {
    if (input.ticketRef !== undefined) {
      const ticket = this.resolveTicket(input.ticketRef);
      if (input.serviceCode !== undefined && input.serviceCode !== ticket.serviceCode) {
        throw new LoketError('bad_request', `Ticket ${input.ticketRef} belongs to ${ticket.serviceCode}, not ${input.serviceCode}.`);
      }
      return { ticket, serviceCode: ticket.serviceCode };
    }
    const code = input.serviceCode as string;
    if (!this.config().services.some((s) => s.code === code)) throw new LoketError('not_found', `There is no service "${code}" in this office.`);
    return { ticket: null, serviceCode: code };
  }

  lookup(input: ParsedInput<'ratings.lookup'>): MethodOutput<'ratings.lookup'> {
    const t = this.resolveTicket(input.ticketRef);
    const view = this.core.getTicket({ ticketId: t.id });
    return {
      ticketId: t.id,
      label: view.label,
      serviceCode: t.serviceCode,
      serviceName: view.serviceName,
      counterNumber: t.counterNumber,
      quickDone: this.store.ratings.ratedTicket('quick', t.id),
      surveyDone: this.store.ratings.ratedTicket('survey', t.id),
    };
  }

  /** Whether a ticket has its one-tap rating and its survey (the phone page asks before inviting). */
  ticketRated(ticketId: string): { quickDone: boolean; surveyDone: boolean } {
    return { quickDone: this.store.ratings.ratedTicket('quick', ticketId), surveyDone: this.store.ratings.ratedTicket('survey', ticketId) };
  }

  // ---------- answers ----------

  quick(input: ParsedInput<'ratings.quick'>, source: RatingSource): MethodOutput<'ratings.quick'> {
    const now = this.clock.now();
    return this.store.transaction(() => {
      const { ticket, serviceCode } = this.link(input);
      if (ticket && this.store.ratings.ratedTicket('quick', ticket.id)) {
        throw new LoketError('wrong_state', `Ticket ${this.core.getTicket({ ticketId: ticket.id }).label} has already been rated.`, undefined, { reason: 'already_rated' });
      }
      const ratingId = this.store.ratings.insertQuick({
        at: now,
        serviceDate: this.core.serviceDate(now),
        face: input.face,
        serviceCode,
        ticketId: ticket?.id ?? null,
        counterNumber: ticket?.counterNumber ?? null,
        source: source.label,
        channel: source.channel ?? 'tablet',
      });
      if (!ticket) {
        this.flagBurst('quick', source, now, input.face, QUICK_BURST);
        this.flagRate('quick', source, now);
      }
      this.settle(now);
      return { ratingId, ticketLabel: ticket ? this.core.getTicket({ ticketId: ticket.id }).label : null };
    });
  }

  survey(input: ParsedInput<'ratings.survey'>, source: RatingSource): MethodOutput<'ratings.survey'> {
    const now = this.clock.now();
    const scores = UNSUR_CODES.map((code) => input.answers[code] as number);
    return this.store.transaction(() => {
      const { ticket, serviceCode } = this.link(input);
      if (ticket && this.store.ratings.ratedTicket('survey', ticket.id)) {
        throw new LoketError('wrong_state', `A full survey for ticket ${this.core.getTicket({ ticketId: ticket.id }).label} has already been given.`, undefined, { reason: 'survey_done' });
      }
      const surveyId = this.store.ratings.insertSurvey({
        at: now,
        serviceDate: this.core.serviceDate(now),
        serviceCode,
        ticketId: ticket?.id ?? null,
        counterNumber: ticket?.counterNumber ?? null,
        scores,
        profile: {
          gender: input.profile?.gender ?? null,
          ageBand: input.profile?.ageBand ?? null,
          education: input.profile?.education ?? null,
          occupation: input.profile?.occupation ?? null,
        },
        source: source.label,
        channel: source.channel ?? 'tablet',
      });
      if (!ticket) {
        this.flagBurst('survey', source, now, scores.join(''), SURVEY_BURST);
        this.flagRate('survey', source, now);
      }
      this.settle(now);
      return { surveyId, ticketLabel: ticket ? this.core.getTicket({ ticketId: ticket.id }).label : null };
    });
  }

  /** Inside the answer's transaction: the same unlinked answer too often from one device is a burst. */
  private flagBurst(kind: RatingKind, source: RatingSource, now: number, value: string, rule: BurstRule): void {
    const since = now - rule.windowMs;
    const recent = kind === 'quick' ? this.store.ratings.recentQuick(source.label, since) : this.store.ratings.recentSurveys(source.label, since);
    const ids = burstMembers(recent, value, rule);
    const detail = `${recent.filter((r) => r.value === value).length} identical answers from "${source.label}" within ${rule.windowMs / 1000} s`;
    for (const id of ids) this.store.ratings.exclude(kind, id, 'burst', now, detail);
  }

  /**
   * Inside an unlinked answer's transaction: a device giving more unlinked answers than people were
   * served there (rateRule.ts) has every unlinked answer of the window set aside.
   */
  private flagRate(kind: RatingKind, source: RatingSource, now: number): void {
    const since = now - ANSWER_RATE.windowMs;
    const servedSince = now - ANSWER_RATE.servedLookbackMs;
    const office = this.config().office;
    const days = [serviceDateOf(servedSince, office.timeZone, office.dayStartsAt), this.core.serviceDate(now)] as const;
    const recent = kind === 'quick' ? this.store.ratings.recentQuick(source.label, since) : this.store.ratings.recentSurveys(source.label, since);
    const facts = { answers: recent.length, ...this.store.ratings.servedNear(days, servedSince, source.counter) };
    if (!isOverRate(facts)) return;
    const there = source.counter === null ? 'in the office' : `at counter ${source.counter}`;
    const detail =
      `${facts.answers} answers without a ticket from "${source.label}" within ${ANSWER_RATE.windowMs / 60_000} min, more than the people served ${there}: ` +
      `${facts.finished} finished in the last ${ANSWER_RATE.servedLookbackMs / 60_000} min + ${facts.serving} being served + ${ANSWER_RATE.slack} to spare = ${allowedAnswers(facts)}`;
    for (const r of recent) if (!r.excluded) this.store.ratings.exclude(kind, r.id, 'rate', now, detail);
  }

  /**
   * Adds answers that can no longer be flagged to the daily counters (metric names of the sync
   * protocol). Called inside each answer's transaction and periodically; excluded answers settle
   * without counting, so the counters only ever grow.
   */
  settle(now = this.clock.now()): void {
    const run = () => {
      const settled = this.store.ratings.settle(settledBefore(now));
      const deltas: MetricDelta[] = settled.quick.map((q) => ({ serviceDate: q.serviceDate, metric: `quick.${q.serviceCode}.${q.face}`, delta: 1 }));
      for (const sv of settled.surveys) {
        deltas.push({ serviceDate: sv.serviceDate, metric: `skm.respondents.${sv.serviceCode}`, delta: 1 });
        UNSUR_CODES.forEach((code, i) => deltas.push({ serviceDate: sv.serviceDate, metric: `skm.answers.${sv.serviceCode}.${code}.${sv.scores[i]}`, delta: 1 }));
      }
      this.store.daily.add(deltas);
    };
    if (this.store.db.inTransaction) run();
    else this.store.transaction(run);
  }

  // ---------- reports ----------

  private range(period: Period): readonly [string, string] {
    try {
      const range = period.kind === 'custom' ? customRange(period.from, period.to) : periodRange(period.kind, period.date);
      if (range[0] > this.core.serviceDate()) {
        throw LoketError.withProblems('bad_request', `The period starts on ${range[0]}, in the future; nothing can have been answered yet.`, [
          { field: 'period', rule: 'in_future', text: 'starts in the future' },
        ]);
      }
      return range;
    } catch (err) {
      if (err instanceof LoketError) throw err;
      const rule = (err as { code?: unknown }).code === 'invalid-range' ? 'range_reversed' : 'not_date';
      throw LoketError.withProblems('bad_request', (err as Error).message, [{ field: 'period', rule, text: (err as Error).message }]);
    }
  }

  private ikm(row: { respondents: number; totals: number[] } | undefined): IkmResultView | null {
    if (!row || row.respondents === 0) return null;
    const acc = accumulatorFromTotals(
      UNSUR_CODES.map((code, i) => ({ code, total: row.totals[i] ?? 0, count: row.respondents })),
      row.respondents,
    );
    const weights = this.config().ratings.weights;
    const r = computeIkm(acc, weights ? { weights } : {});
    const figure = (konversi: number, c: { mutu: 'A' | 'B' | 'C' | 'D'; kinerja: string; kinerjaEn: string }) => ({
      konversi,
      mutu: c.mutu,
      kinerja: c.kinerja,
      kinerjaEn: c.kinerjaEn,
    });
    return {
      respondents: r.respondents,
      ikm: r.ikm,
      ...figure(r.konversi, r.category),
      unsur: r.unsur.map((u) => ({ code: u.code, nrr: u.nrr, total: u.total, count: u.count, ...figure(u.konversi, u.category) })),
    };
  }

  private quickIndex(filter: RatingFilter) {
    const counts = this.store.ratings.quickCounts(filter);
    const q = computeQuickIndex(quickTallyFromCounts(Object.fromEntries(counts) as Partial<Record<QuickFace, number>>));
    return { responses: q.responses, mean: q.mean, shares: q.shares };
  }

  /** Folds the (service, counter, month) groups into one dimension (or all of them). */
  private static fold(groups: SurveyGroup[], keyOf: (g: SurveyGroup) => string): Map<string, { respondents: number; totals: number[] }> {
    const out = new Map<string, { respondents: number; totals: number[] }>();
    for (const g of groups) {
      const k = keyOf(g);
      const acc = out.get(k) ?? { respondents: 0, totals: UNSUR_CODES.map(() => 0) };
      acc.respondents += g.respondents;
      g.totals.forEach((t, i) => (acc.totals[i] = (acc.totals[i] ?? 0) + t));
      out.set(k, acc);
    }
    return out;
  }

  /**
   * The agency a report covers (an agency supervisor's own, else the one asked for), with its services and
   * counters; null for the whole office. A service or counter of another agency is refused, naming the field.
   */
  private agencyScope(input: ParsedInput<'ratings.report'>, callerAgency: string | undefined) {
    const id = callerAgency ?? input.agency;
    if (id === undefined) return null;
    const config = this.config();
    const agency = config.agencies?.find((a) => a.id === id);
    if (!agency) {
      throw LoketError.withProblems('bad_request', `There is no agency "${id}" in this office.`, [{ field: 'agency', rule: 'unknown_agency', params: { agency: id }, text: `"${id}" is not an agency of this office` }]);
    }
    const { services, counters } = agencyParts(config, id);
    if (input.serviceCode !== undefined && !services.includes(input.serviceCode)) {
      throw LoketError.withProblems('bad_request', `Service ${input.serviceCode} is not ${id}'s.`, [{ field: 'serviceCode', rule: 'not_one_of', params: { options: services.join(', ') }, text: `is not a service of ${id}` }]);
    }
    if (input.counter !== undefined && !counters.includes(input.counter)) {
      throw LoketError.withProblems('bad_request', `Counter ${input.counter} is not ${id}'s.`, [{ field: 'counter', rule: 'not_one_of', params: { options: counters.join(', ') }, text: `is not a counter of ${id}` }]);
    }
    return { ref: { id: agency.id, name: agency.name, shortName: agency.shortName }, services, counters };
  }

  /** `callerAgency`: a Mal Pelayanan Publik agency supervisor's, whose report is always its own agency's. */
  report(input: ParsedInput<'ratings.report'>, callerAgency?: string): MethodOutput<'ratings.report'> {
    const [from, to] = this.range(input.period);
    const agency = this.agencyScope(input, callerAgency);
    const filter: RatingFilter = { from, to, serviceCode: input.serviceCode, counterNumber: input.counter, services: agency?.services };
    const groups = this.store.ratings.surveyGroups(filter);
    const overall = this.ikm(RatingsService.fold(groups, () => 'all').get('all'));
    const respondents = overall?.respondents ?? 0;
    const population = this.store.stats.servedInRange({ ...filter, agency: agency ? { services: agency.services, counters: agency.counters } : undefined });
    const target = population > 0 ? krejcieMorganSampleSize(population) : 0;
    const progress = target > 0 ? sampleProgress(respondents, target) : { ratio: 0, reached: false };
    const grouped = (keyOf: (g: SurveyGroup) => string) =>
      [...RatingsService.fold(groups, keyOf)].sort(([a], [b]) => a.localeCompare(b)).map(([key, row]) => ({ key, result: this.ikm(row) as IkmResultView }));
    return {
      from,
      to,
      agency: agency?.ref ?? null,
      overall,
      byService: grouped((g) => g.serviceCode).map((r) => ({ serviceCode: r.key, result: r.result })),
      byCounter: grouped((g) => (g.counterNumber === null ? '-' : String(g.counterNumber).padStart(3, '0'))).map((r) => ({
        counterNumber: r.key === '-' ? null : Number(r.key),
        result: r.result,
      })),
      byMonth: grouped((g) => g.month).map((r) => ({ month: r.key, result: r.result })),
      quick: this.quickIndex(filter),
      sample: { population, target, respondents, progress: progress.ratio, reached: progress.reached },
      excluded: this.store.ratings.excludedCounts(filter),
      byChannel: this.store.ratings.channelCounts(filter),
      profile: this.store.ratings.profileCounts(filter),
    };
  }

  /** The two satisfaction figures the statistics show beside the queue figures: IKM and quick index. */
  summary(filter: RatingFilter): { overall: IkmResultView | null; quick: ReturnType<RatingsService['quickIndex']> } {
    return { overall: this.ikm(this.store.ratings.surveyTotal(filter)), quick: this.quickIndex(filter) };
  }

  published(): MethodOutput<'ratings.published'> {
    const [from, to] = periodRange('semester', this.core.serviceDate());
    const config = this.config();
    return {
      officeName: config.office.name,
      from,
      to,
      ...this.summary({ from, to }),
      // The regulation asks for an index per service unit: each agency's over its own services' respondents.
      agencies: (config.agencies ?? []).map((a) => ({
        id: a.id,
        name: a.name,
        shortName: a.shortName,
        ...this.summary({ from, to, services: agencyParts(config, a.id).services }),
      })),
    };
  }

  exclusions(input: ParsedInput<'ratings.exclusions'>): MethodOutput<'ratings.exclusions'> {
    return this.store.ratings.exclusions(input.limit);
  }
}
