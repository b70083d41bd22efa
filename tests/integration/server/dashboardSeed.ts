import type { CounterValue } from '../../../src/server/store/countersRepo';
import { ratingMetric } from '../../../src/shared/sync/metricName';
import { UNSUR_CODES } from '../../../src/shared/skm/unsur';

export interface DayFigures {
  issued: number;
  served: number;
  noShow: number;
  /** Mean wait of the calls (served + no-show), in whole seconds per call. */
  waitSeconds: number;
  /** Calls within 15 minutes (le5…le15); the rest go to le30. */
  within15: number;
  /** SKM respondents who answered every unsur with 4 (`fours`) or 3 (the rest). */
  skm?: { respondents: number; fours: number };
}

/** One office day as a kiosk pushes it (service KTP), in absolute values. */
export function dayCounters(date: string, f: DayFigures): CounterValue[] {
  const calls = f.served + f.noShow;
  const rows: CounterValue[] = [
    { date, metric: 'tickets.issued.KTP.regular', value: f.issued },
    { date, metric: 'tickets.served.KTP.regular', value: f.served },
    { date, metric: 'tickets.no_show.KTP.regular', value: f.noShow },
    { date, metric: 'wait.sum_s.KTP', value: f.waitSeconds * calls },
    { date, metric: 'wait.count.KTP', value: calls },
    { date, metric: 'wait.hist.KTP.le15', value: f.within15 },
    { date, metric: 'wait.hist.KTP.le30', value: calls - f.within15 },
  ];
  if (f.skm) {
    rows.push({ date, metric: ratingMetric.skmRespondents('KTP'), value: f.skm.respondents });
    for (const u of UNSUR_CODES) {
      rows.push({ date, metric: ratingMetric.skmAnswer('KTP', u, 4), value: f.skm.fours });
      if (f.skm.respondents > f.skm.fours) rows.push({ date, metric: ratingMetric.skmAnswer('KTP', u, 3), value: f.skm.respondents - f.skm.fours });
    }
  }
  return rows;
}
