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
import { parseMetric, WAIT_BUCKETS, type WaitBucket } from '../../shared/sync/metricName';
import type { Database } from '../db/database';
import { countersRepo } from '../store/countersRepo';
import { officesRepo } from '../store/officesRepo';

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

function add(t: Tally, metric: string, value: number): void {
  const m = parseMetric(metric);
  if (!m) return;
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

function figures(officeId: string, officeName: string, t: Tally, targetMinutes: number): OfficeFigures {
  const histTotal = WAIT_BUCKETS.reduce((s, b) => s + t.hist[b], 0);
  const within = WAIT_BUCKETS.filter((b) => BUCKET_MINUTES[b] <= targetMinutes).reduce((s, b) => s + t.hist[b], 0);
  return {
    officeId,
    officeName,
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

/** Every registered office side by side over [from, to] (inclusive, office-local dates). */
export async function cityFigures(db: Database, from: string, to: string, targetMinutes = 15): Promise<OfficeFigures[]> {
  const [offices, sums] = await Promise.all([officesRepo.all(db), countersRepo.sumsByOffice(db, from, to)]);
  const tallies = new Map(offices.map((o) => [o.id, emptyTally()]));
  for (const s of sums) {
    const t = tallies.get(s.officeId);
    if (t) add(t, s.metric, s.value);
  }
  return offices.map((o) => figures(o.id, o.name, tallies.get(o.id) ?? emptyTally(), targetMinutes));
}
