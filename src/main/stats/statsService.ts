import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import { agencyParts } from '../../shared/config/agencyOfService';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import { weekdayOf } from '../../shared/time/localTime';
import type { Clock } from '../core/clock';
import type { OfficeCore } from '../core/officeCore';
import type { RatingsService } from '../core/ratings/ratingsService';
import type { StatsFilter } from '../store/statsRepo';
import type { Store } from '../store/store';
import { addRows, emptyRow, type CounterTime, type DayFacts, type FactRow } from '../store/dayFactRows';
import { NO_COUNTER } from './dayFacts';
import { factsOfDay } from './daySummaries';
import { kpisOf } from './kpis';

const HOUR_MS = 3600_000;

function mergeInto<K>(target: Map<K, number>, key: K, n: number): void {
  target.set(key, (target.get(key) ?? 0) + n);
}

/**
 * Statistics over any range: closed days come from their rollups (one grouped scan), days without a
 * summary (today) are computed live from their tickets and events, and both are merged.
 */
export class StatsService {
  constructor(
    private readonly store: Store,
    private readonly core: OfficeCore,
    private readonly ratings: RatingsService,
    private readonly config: () => OfficeConfig,
    private readonly clock: Clock,
  ) {}

  /** An agency's services and counters from the configuration; undefined for the building. */
  private agencyScope(agency: string | undefined): StatsFilter['agency'] {
    return agency === undefined ? undefined : agencyParts(this.config(), agency);
  }

  private checkedRange(from: string, to: string): { from: string; to: string; capped: boolean } {
    const today = this.core.serviceDate();
    if (to < from) throw LoketError.withProblems('bad_request', `The range ends (${to}) before it starts (${from}).`, [{ field: 'to', rule: 'range_reversed', text: 'is before from' }]);
    if (from > today) {
      throw LoketError.withProblems('bad_request', `The range starts on ${from}, after today (${today}); there are no figures yet.`, [{ field: 'from', rule: 'in_future', text: 'is in the future' }]);
    }
    return to > today ? { from, to: today, capped: true } : { from, to, capped: false };
  }

  /** `agency`: a Mal Pelayanan Publik agency supervisor's view, of that agency's services and counters only. */
  view(input: ParsedInput<'stats.view'>, agency?: string): MethodOutput<'stats.view'> {
    const { from, to, capped } = this.checkedRange(input.from, input.to);
    const filter: StatsFilter = { from, to, serviceCode: input.serviceCode, counterNumber: input.counter, priority: input.priority, agency: this.agencyScope(agency) };
    const config = this.config();
    const { servicePriority, counters: counterRows, live, lastSummarized } = this.facts(filter);
    const liveDays = live.map((l) => l.date);
    const { waitMinutes: minutes, arrivals } = this.store.stats.histograms(filter);
    const counters = this.store.stats.counterTimes(filter);
    for (const { date, facts } of live) {
      for (const [key, n] of facts.waitMinutes) {
        const [service, minute] = key.split('|') as [string, string];
        if (!serviceIn(filter, service)) continue;
        let h = minutes.get(service);
        if (!h) minutes.set(service, (h = new Map()));
        mergeInto(h, Number(minute), n);
      }
      for (const [key, n] of facts.arrivals) {
        const [service, hour] = key.split('|') as [string, string];
        if (serviceIn(filter, service)) mergeInto(arrivals, `${weekdayOf(date)}|${hour}`, n);
      }
      for (const [counter, t] of facts.counters) {
        if (!counterIn(filter, counter)) continue;
        const before = counters.get(counter) ?? { openMs: 0, busyMs: 0, idleQueueMs: 0 };
        counters.set(counter, { openMs: before.openMs + t.openMs, busyMs: before.busyMs + t.busyMs, idleQueueMs: before.idleQueueMs + t.idleQueueMs });
      }
    }

    const fold = (rows: Map<string, FactRow>, pick: (key: string) => string) => {
      const out = new Map<string, FactRow>();
      for (const [key, row] of rows) out.set(pick(key), addRows(out.get(pick(key)) ?? emptyRow(), row));
      return out;
    };
    const histogramFor = (service?: string): Map<number, number> => {
      if (service !== undefined) return minutes.get(service) ?? new Map();
      const h = new Map<number, number>();
      for (const perService of minutes.values()) for (const [m, n] of perService) mergeInto(h, m, n);
      return h;
    };
    // Percentiles come from per-service histograms; with a counter or priority filter they are not known.
    const percentilesKnown = filter.counterNumber === undefined && filter.priority === undefined;
    const kpisFor = (row: FactRow, service?: string) => kpisOf(row, percentilesKnown ? histogramFor(service) : new Map());

    const totalRow = [...servicePriority.values()].reduce(addRows, emptyRow());
    const byService = fold(servicePriority, (k) => k.split('|')[0] as string);
    const byPriority = fold(servicePriority, (k) => k.split('|')[1] as string);

    const summarizedUntil = lastSummarized === null ? '' : lastSummarized < to ? lastSummarized : to;
    const days = new Set([...this.store.stats.summarizedDays(from, summarizedUntil), ...liveDays]);
    const weekdayCount = new Map<number, number>();
    for (const d of days) mergeInto(weekdayCount, weekdayOf(d), 1);

    const satisfaction = this.ratings.summary({ from, to, serviceCode: input.serviceCode, counterNumber: input.counter, services: filter.agency?.services });
    const counterTime = (n: number): CounterTime => counters.get(n) ?? { openMs: 0, busyMs: 0, idleQueueMs: 0 };

    return {
      from,
      to,
      capped,
      days: days.size,
      totals: kpisFor(totalRow),
      byService: [...byService]
        .map(([code, row]) => ({
          serviceCode: code,
          targetWaitMinutes: config.services.find((sv) => sv.code === code)?.targetWaitMinutes ?? 15,
          kpis: kpisFor(row, code),
        }))
        .sort((a, b) => a.serviceCode.localeCompare(b.serviceCode)),
      byCounter: [...new Set([...counterRows.keys()].map(Number).concat([...counters.keys()]))]
        .sort((a, b) => a - b)
        .map((n) => {
          const t = counterTime(n);
          const kpis = kpisOf(counterRows.get(String(n)) ?? emptyRow(), new Map());
          return {
            counterNumber: n === NO_COUNTER ? null : n,
            kpis,
            openHours: t.openMs / HOUR_MS,
            busyHours: t.busyMs / HOUR_MS,
            idleWithQueueHours: t.idleQueueMs / HOUR_MS,
            servedPerOpenHour: t.openMs > 0 ? kpis.served / (t.openMs / HOUR_MS) : null,
          };
        }),
      byPriority: [...byPriority]
        .map(([priority, row]) => ({ priority, kpis: kpisOf(row, new Map()), shareOfIssued: totalRow.issued > 0 ? row.issued / totalRow.issued : null }))
        .sort((a, b) => a.priority.localeCompare(b.priority)),
      heatmap: [...arrivals].map(([key, n]) => {
        const [weekday, hour] = key.split('|').map(Number) as [number, number];
        return { weekday, hour, average: n / (weekdayCount.get(weekday) ?? 1) };
      }),
      waitHistogram: [...histogramFor(input.serviceCode)].map(([minute, n]) => ({ minute, n })).sort((a, b) => a.minute - b.minute),
      satisfaction: {
        quickMean: satisfaction.quick.mean,
        quickResponses: satisfaction.quick.responses,
        ikmKonversi: satisfaction.overall?.konversi ?? null,
        ikmMutu: satisfaction.overall?.mutu ?? null,
        ikmRespondents: satisfaction.overall?.respondents ?? 0,
      },
    };
  }

  /**
   * Facts per (service, priority) and per counter for a filter: from the smallest rollup that can
   * answer it, plus the days not summarized yet (today) computed live and filtered the same way.
   */
  facts(filter: StatsFilter): {
    servicePriority: Map<string, FactRow>;
    counters: Map<string, FactRow>;
    /** The days without a summary (today), computed once here for every part of the view. */
    live: { date: string; facts: DayFacts }[];
    lastSummarized: string | null;
  } {
    const lastSummarized = this.store.stats.lastSummarizedDay();
    const narrowed = filter.counterNumber !== undefined || filter.serviceCode !== undefined || filter.priority !== undefined || filter.agency !== undefined;
    let servicePriority: Map<string, FactRow>;
    let counters: Map<string, FactRow>;
    const fold = (rows: Map<string, FactRow>, pick: (s: string, c: string, p: string) => string) => {
      const out = new Map<string, FactRow>();
      for (const [key, row] of rows) {
        const [sv, c, p] = key.split('|') as [string, string, string];
        const k = pick(sv, c, p);
        out.set(k, addRows(out.get(k) ?? emptyRow(), row));
      }
      return out;
    };
    if (filter.counterNumber !== undefined) {
      const full = this.store.stats.sumFacts(filter);
      servicePriority = fold(full, (sv, _c, p) => `${sv}|${p}`);
      counters = fold(full, (_sv, c) => c);
    } else {
      servicePriority = this.store.stats.sumFactsByServicePriority(filter);
      counters = narrowed ? fold(this.store.stats.sumFacts(filter), (_sv, c) => c) : this.store.stats.sumFactsByCounter(filter.from, filter.to);
    }
    const config = this.config();
    const now = this.clock.now();
    const live = this.store.stats
      .ticketDatesAfter(lastSummarized ?? '', filter.from, filter.to)
      .map((date) => ({ date, facts: factsOfDay(this.store, config, date, now) }));
    for (const { facts } of live) {
      for (const [key, row] of facts.rows) {
        const [service, counter, priority] = key.split('|') as [string, string, string];
        if (!serviceIn(filter, service)) continue;
        if (filter.counterNumber !== undefined && Number(counter) !== filter.counterNumber) continue;
        if (filter.priority !== undefined && priority !== filter.priority) continue;
        servicePriority.set(`${service}|${priority}`, addRows(servicePriority.get(`${service}|${priority}`) ?? emptyRow(), row));
        counters.set(counter, addRows(counters.get(counter) ?? emptyRow(), row));
      }
    }
    return { servicePriority, counters, live, lastSummarized };
  }
}

/** Whether a service's figures belong in the view (its service filter and agency). */
function serviceIn(filter: StatsFilter, service: string): boolean {
  return (filter.serviceCode === undefined || service === filter.serviceCode) && (filter.agency === undefined || filter.agency.services.includes(service));
}

/** Whether a counter's times belong in the view (its counter filter and agency). */
function counterIn(filter: StatsFilter, counter: number): boolean {
  return (filter.counterNumber === undefined || counter === filter.counterNumber) && (filter.agency === undefined || filter.agency.counters.includes(counter));
}
