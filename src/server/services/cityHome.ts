import type { StandardsDocument } from '../../shared/booking/standards';
import type { Language } from '../../shared/i18n';
import type { Database } from '../db/database';
import { allOfficeStandards } from './bookingStandards';
import { agencyGroupings, cityFigures, type OfficeReport } from './cityReport';
import { busyNow, type BusyOffice } from './liveSnapshots';

/** One semester's IKM of every office, for the trend (oldest first). */
export interface SemesterFigures {
  year: number;
  half: 1 | 2;
  offices: readonly OfficeReport[];
}

export interface HomeData {
  lang: Language;
  now: number;
  from: string;
  to: string;
  busy: readonly BusyOffice[];
  ikm: readonly OfficeReport[];
  semesters: readonly SemesterFigures[];
  /** Every office's latest standards document (bookable or not). */
  standards: readonly { officeId: string; officeName: string; doc: StandardsDocument }[];
}

/** Semesters in the IKM trend, the current one last. */
const SEMESTERS = 4;

/** The last SEMESTERS half-years up to the one holding `today` (YYYY-MM-DD), oldest first, each cut at today. */
export function semestersUpTo(today: string): { year: number; half: 1 | 2; from: string; to: string }[] {
  let year = Number(today.slice(0, 4));
  let half: 1 | 2 = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const out: { year: number; half: 1 | 2; from: string; to: string }[] = [];
  for (let i = 0; i < SEMESTERS; i++) {
    const from = `${year}-${half === 1 ? '01-01' : '07-01'}`;
    const end = `${year}-${half === 1 ? '06-30' : '12-31'}`;
    out.unshift({ year, half, from, to: end < today ? end : today });
    if (half === 1) {
      year -= 1;
      half = 2;
    } else half = 1;
  }
  return out;
}

/** Everything the public home page shows (publicPage.ts), read for one request. */
export async function cityHome(db: Database, q: { lang: HomeData['lang']; now: number; today: string; from: string; to: string }): Promise<HomeData> {
  const semesters = semestersUpTo(q.today);
  const standards = await allOfficeStandards(db);
  // Every period's agencies grouped by the same latest documents, read once.
  const groupings = agencyGroupings(standards);
  const [busy, ikm, ...trend] = await Promise.all([
    busyNow(db, q.now),
    cityFigures(db, q.from, q.to, undefined, groupings),
    ...semesters.map((s) => cityFigures(db, s.from, s.to, undefined, groupings)),
  ]);
  const figures: SemesterFigures[] = semesters.map((s, i) => ({ year: s.year, half: s.half, offices: trend[i] ?? [] }));
  return { ...q, busy, ikm, semesters: figures, standards };
}
