import {
  accumulatorFromScoreCounts,
  computeIkm,
  computeQuickIndex,
  hasAnswers,
  quickTallyFromCounts,
  type IkmResult,
  type QuickFace,
  type QuickIndex,
  type ScoreCountRow,
  UNSUR_CODES,
} from '../../shared/skm';
import type { AgencyStandards, StandardsDocument } from '../../shared/booking/standards';
import { boundViolation } from '../../shared/sync/metricBounds';
import { parseMetric, WAIT_BUCKETS, type ParsedMetric, type WaitBucket } from '../../shared/sync/metricName';
import type { Database } from '../db/database';
import { countersRepo, type OfficeSum } from '../store/countersRepo';
import { officesRepo, type OfficeRecord } from '../store/officesRepo';
import { quarantinesRepo } from '../store/quarantinesRepo';
import { allOfficeStandards } from './bookingStandards';

export interface OfficeFigures {
  officeId: string;
  officeName: string;
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  /** Mean waiting time in minutes; null without any call. */
  meanWaitMinutes: number | null;
  /** Share of waits within the target, from the histogram; null without any call. */
  serviceLevel: number | null;
  /** null when no SKM answers were received in the period. */
  ikm: IkmResult | null;
  quick: QuickIndex;
}

/** One agency of a Mal Pelayanan Publik: the same figures over its own services' counters only. */
export interface AgencyFigures extends Omit<OfficeFigures, 'officeId' | 'officeName'> {
  agency: AgencyStandards;
}

/**
 * One office in a city view: its figures, or why they are held back ("data under review") while the
 * others show. `quarantined`: an active quarantine covers part of the period, so some days are left out.
 * `agencies`: only for an office whose latest standards document lists agencies, in the document's order.
 */
export type OfficeReport =
  | (OfficeFigures & { status: 'ok'; quarantined: boolean; agencies?: AgencyFigures[] })
  | { status: 'under_review'; officeId: string; officeName: string; reason: string; quarantined: boolean };

/** Histogram edges in minutes, matching WAIT_BUCKETS; a target picks the buckets at or under it. */
const BUCKET_MINUTES: Record<WaitBucket, number> = { le5: 5, le10: 10, le15: 15, le30: 30, le60: 60, le120: 120, gt120: Infinity };
export const SERVICE_LEVEL_TARGETS = [5, 10, 15, 30, 60, 120] as const;

interface Tally {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  waitSum: number;
  waitCount: number;
  hist: Record<WaitBucket, number>;
  quick: Partial<Record<QuickFace, number>>;
  skm: Map<string, ScoreCountRow>;
  respondents: number;
}

function emptyTally(): Tally {
  return {
    issued: 0,
    served: 0,
    noShow: 0,
    cancelled: 0,
    waitSum: 0,
    waitCount: 0,
    hist: Object.fromEntries(WAIT_BUCKETS.map((b) => [b, 0])) as Record<WaitBucket, number>,
    quick: {},
    skm: new Map(),
    respondents: 0,
  };
}

function add(t: Tally, m: ParsedMetric, value: number): void {
  switch (m.kind) {
    case 'tickets':
      if (m.outcome === 'issued') t.issued += value;
      else if (m.outcome === 'served') t.served += value;
      else if (m.outcome === 'no_show') t.noShow += value;
      else if (m.outcome === 'cancelled') t.cancelled += value;
      return;
    case 'wait.sum_s':
      t.waitSum += value;
      return;
    case 'wait.count':
      t.waitCount += value;
      return;
    case 'wait.hist':
      t.hist[m.bucket] += value;
      return;
    case 'quick':
      t.quick[m.face] = (t.quick[m.face] ?? 0) + value;
      return;
    case 'skm.answers': {
      // Summed over services and days: the unsur totals are what the regulation's formula needs.
      const key = `${m.unsur}|${m.score}`;
      const row = t.skm.get(key);
      t.skm.set(key, { code: m.unsur, score: m.score, count: (row?.count ?? 0) + value });
      return;
    }
    case 'skm.respondents':
      t.respondents += value;
      return;
    default:
      return;
  }
}

/** The IKM with the shared engine, exactly as the office computes it; null without answers. */
function ikmOf(t: Tally): IkmResult | null {
  const rows = [...t.skm.values()];
  const mostAnswers = Math.max(0, ...UNSUR_CODES.map((code) => rows.filter((r) => r.code === code).reduce((s, r) => s + r.count, 0)));
  // A respondents count behind the answers (a kiosk mid-sync) must not hide the index: count answer sets then.
  const accumulator = accumulatorFromScoreCounts(rows, t.respondents >= mostAnswers ? t.respondents : undefined);
  return hasAnswers(accumulator) ? computeIkm(accumulator) : null;
}

function figures(t: Tally, targetMinutes: number): Omit<OfficeFigures, 'officeId' | 'officeName'> {
  const histTotal = WAIT_BUCKETS.reduce((s, b) => s + t.hist[b], 0);
  const within = WAIT_BUCKETS.filter((b) => BUCKET_MINUTES[b] <= targetMinutes).reduce((s, b) => s + t.hist[b], 0);
  return {
    issued: t.issued,
    served: t.served,
    noShow: t.noShow,
    cancelled: t.cancelled,
    meanWaitMinutes: t.waitCount === 0 ? null : t.waitSum / t.waitCount / 60,
    serviceLevel: histTotal === 0 ? null : within / histTotal,
    ikm: ikmOf(t),
    quick: computeQuickIndex(quickTallyFromCounts(t.quick)),
  };
}

/** How an office's services fall into its agencies, from its latest standards document. */
export interface AgencyGrouping {
  agencies: readonly AgencyStandards[];
  /** Service code → agency id. */
  serviceAgency: ReadonlyMap<string, string>;
}

/** The grouping a document gives; undefined for an office that is one agency. */
export function agencyGrouping(doc: StandardsDocument): AgencyGrouping | undefined {
  if (!doc.agencies) return undefined;
  return { agencies: doc.agencies, serviceAgency: new Map(doc.services.flatMap((s) => (s.agency ? [[s.code, s.agency] as const] : []))) };
}

/** Every office's grouping by agency, from the latest document it pushed (offices that are one agency are left out). */
export function agencyGroupings(standards: readonly { officeId: string; doc: StandardsDocument }[]): Map<string, AgencyGrouping> {
  const groupings = new Map<string, AgencyGrouping>();
  for (const { officeId, doc } of standards) {
    const grouping = agencyGrouping(doc);
    if (grouping) groupings.set(officeId, grouping);
  }
  return groupings;
}

/**
 * One office on its own: a stored value beyond its bound (accepted before the bounds existed) or any
 * failure in its arithmetic holds back this office only, never the others in the same view. With a
 * grouping, each agency's figures come from its own services' counters, computed like the office's (its
 * IKM over its own respondents' answers, not an average); a service the document no longer lists counts
 * for the office only.
 */
export function officeReport(office: OfficeRecord, sums: readonly OfficeSum[], targetMinutes: number, quarantined: boolean, grouping?: AgencyGrouping): OfficeReport {
  const underReview = (reason: string): OfficeReport => ({ status: 'under_review', officeId: office.id, officeName: office.name, reason, quarantined });
  for (const s of sums) {
    const violation = boundViolation({ metric: s.metric, value: s.max });
    if (violation) return underReview(`${s.metric} on one day: ${violation}`);
  }
  try {
    const t = emptyTally();
    const byAgency = new Map(grouping?.agencies.map((a) => [a.id, emptyTally()]));
    for (const s of sums) {
      const m = parseMetric(s.metric);
      if (!m) continue;
      add(t, m, s.sum);
      const agency = grouping?.serviceAgency.get(m.service);
      const own = agency === undefined ? undefined : byAgency.get(agency);
      if (own) add(own, m, s.sum);
    }
    const report: OfficeReport = { officeId: office.id, officeName: office.name, ...figures(t, targetMinutes), status: 'ok', quarantined };
    if (grouping) report.agencies = grouping.agencies.map((agency) => ({ agency, ...figures(byAgency.get(agency.id) ?? emptyTally(), targetMinutes) }));
    return report;
  } catch (err) {
    console.error(`[server] the figures of office ${office.id} could not be computed`, err);
    return underReview(`its figures could not be computed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Every registered office side by side over [from, to] (inclusive, office-local dates), each computed on
 * its own, with its agencies grouped by its latest standards document (read here unless given, so a page
 * showing several periods reads them once).
 */
export async function cityFigures(db: Database, from: string, to: string, targetMinutes = 15, groupings?: ReadonlyMap<string, AgencyGrouping>): Promise<OfficeReport[]> {
  const [offices, sums, quarantined, byAgency] = await Promise.all([
    officesRepo.all(db),
    countersRepo.sumsByOffice(db, from, to),
    quarantinesRepo.officesWithin(db, from, to),
    groupings ?? allOfficeStandards(db).then(agencyGroupings),
  ]);
  const byOffice = new Map<string, OfficeSum[]>();
  for (const s of sums) {
    const list = byOffice.get(s.officeId);
    if (list) list.push(s);
    else byOffice.set(s.officeId, [s]);
  }
  return offices.map((o) => officeReport(o, byOffice.get(o.id) ?? [], targetMinutes, quarantined.has(o.id), byAgency.get(o.id)));
}
