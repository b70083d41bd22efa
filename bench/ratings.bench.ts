import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createOfficeServices } from '../src/main/office';
import { summarizeClosedDays } from '../src/main/stats/daySummaries';
import type { TicketRecord } from '../src/main/store/ticketsRepo';
import { Store } from '../src/main/store/store';
import type { MethodName } from '../src/shared/api/contract';
import { AGE_BANDS, EDUCATIONS, GENDERS, OCCUPATIONS, UNSUR_CODES } from '../src/shared/skm';
import { FakeClock } from '../tests/helpers/fakeClock';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfig } from '../tests/helpers/testConfig';
import { percentile, type BenchRow, type BenchSuite } from './table';
import { seededRandom as random } from '../src/shared/seededRandom';

const SURVEYS = 100_000;
/** Not every resident served takes the survey: this many served tickets per survey. */
const SERVED_PER_SURVEY = 1.5;
/** The share of surveys given without a ticket (the service chosen on screen). */
const UNLINKED = 0.2;
const YEAR = 2026;
const RUNS = 9;
const TARGET_MS = 200;
/** 2026-12-31 12:00 in Kupang: the whole year has been served and answered. */
const NOW = Date.UTC(YEAR, 11, 31, 4, 0, 0);
const KUPANG_OFFSET_MS = 8 * 3_600_000;

/** Which counters serve each service in the test office (tests/helpers/testConfig.ts). */
const SERVICES = [
  { code: 'KTP', prefix: 'A', counters: [1, 2], weight: 0.55 },
  { code: 'KK', prefix: 'B', counters: [2, 3], weight: 0.35 },
  { code: 'AKTA', prefix: 'C', counters: [3], weight: 0.1 },
] as const;


function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)] as T;
}

/** The working days of the year (Monday–Friday), as YYYY-MM-DD. */
function workingDays(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(YEAR, 0, 1); t < Date.UTC(YEAR + 1, 0, 1); t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** A moment between 08:00 and 15:00 Kupang time on `date`. */
function officeMoment(next: () => number, date: string): number {
  return Date.parse(`${date}T08:00:00Z`) - KUPANG_OFFSET_MS + Math.floor(next() * 7 * 3_600_000);
}

/** Scores lean towards 3–4, as real surveys do. */
function score(next: () => number): number {
  const r = next();
  return r < 0.04 ? 1 : r < 0.18 ? 2 : r < 0.62 ? 3 : 4;
}

/** One survey as it was written, for the independent tally the reports are checked against. */
interface Written {
  date: string;
  serviceCode: string;
  scores: readonly number[];
}

/** A year of a busy office, written straight through the repositories in one transaction; the surveys written. */
function fill(store: Store): Written[] {
  const written: Written[] = [];
  const next = random(14_2017);
  const days = workingDays();
  const numbers = new Map<string, number>();
  const servedTicket = (date: string): { ticket: TicketRecord; counter: number } => {
    const r = next();
    const service = r < SERVICES[0].weight ? SERVICES[0] : r < SERVICES[0].weight + SERVICES[1].weight ? SERVICES[1] : SERVICES[2];
    const key = `${date}${service.prefix}`;
    const number = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, number);
    const counter = pick(next, service.counters);
    const issuedAt = officeMoment(next, date);
    const ticket: TicketRecord = {
      id: randomUUID(),
      serviceDate: date,
      issuedService: service.code,
      prefix: service.prefix,
      number,
      serviceCode: service.code,
      priorityReason: null,
      state: 'done',
      counterNumber: counter,
      queueFront: false,
      enqueuedAt: issuedAt,
      enqueueSeq: number,
      issuedAt,
      calledAt: issuedAt + 600_000,
      startedAt: issuedAt + 660_000,
      endedAt: issuedAt + 1_080_000,
      recallCount: 0,
    };
    store.tickets.insert(ticket, 'none');
    return { ticket, counter };
  };

  store.transaction(() => {
    for (let i = 0; i < SURVEYS; i++) {
      const date = pick(next, days);
      const served = servedTicket(date);
      const linked = next() >= UNLINKED;
      const scores = UNSUR_CODES.map(() => score(next));
      written.push({ date, serviceCode: served.ticket.serviceCode, scores });
      store.ratings.insertSurvey({
        at: (served.ticket.endedAt ?? 0) + 60_000,
        serviceDate: date,
        serviceCode: served.ticket.serviceCode,
        ticketId: linked ? served.ticket.id : null,
        counterNumber: linked ? served.counter : null,
        scores,
        profile: {
          gender: next() < 0.9 ? pick(next, GENDERS) : null,
          ageBand: next() < 0.8 ? pick(next, AGE_BANDS) : null,
          education: next() < 0.8 ? pick(next, EDUCATIONS) : null,
          occupation: next() < 0.8 ? pick(next, OCCUPATIONS) : null,
        },
        source: linked ? 'lan:kiosk' : 'tablet-1',
      });
    }
    // Residents who were served but did not take the survey still count in the Krejcie–Morgan population.
    for (let i = 0; i < SURVEYS * (SERVED_PER_SURVEY - 1); i++) servedTicket(pick(next, days));
  });
  return written;
}

interface Figures {
  respondents: number;
  unsur: { code: string; total: number; count: number }[];
  konversi: number;
}

/**
 * The figures a report must show for the surveys written in [from, to] (of one service): tallied here
 * from what was written, not from the store, with Permenpan RB 14/2017's IKM in integers (every survey
 * answers all nine unsur, so the IKM is Σ scores ÷ (9 × respondents); konversi = IKM × 25, half-up to 2 decimals).
 */
function expectedFigures(written: readonly Written[], from: string, to: string, serviceCode?: string): Figures {
  const counted = written.filter((w) => w.date >= from && w.date <= to && (serviceCode === undefined || w.serviceCode === serviceCode));
  const unsur = UNSUR_CODES.map((code, i) => ({ code, total: counted.reduce((sum, w) => sum + (w.scores[i] ?? 0), 0), count: counted.length }));
  const all = BigInt(unsur.reduce((sum, u) => sum + u.total, 0));
  const perAnswer = 9n * BigInt(counted.length);
  const hundredths = (2n * 2500n * all + perAnswer) / (2n * perAnswer);
  return { respondents: counted.length, unsur, konversi: Number(hundredths) / 100 };
}

/** Checks a report's overall figures against the independent tally; throws naming the first difference. */
const matches = (expected: Figures) => (result: unknown) => {
  const overall = (result as { overall: { respondents: number; konversi: number; unsur: { code: string; total: number; count: number }[] } | null }).overall;
  const got: Figures = {
    respondents: overall?.respondents ?? 0,
    unsur: (overall?.unsur ?? []).map(({ code, total, count }) => ({ code, total, count })),
    konversi: overall?.konversi ?? Number.NaN,
  };
  if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`the report differs from the surveys written:\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got)}`);
};

/** Median and worst of RUNS calls through the dispatcher, as the API answers them (validation included). */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-');
  try {
    const store = Store.open(join(dir.path, 'office'));
    const config = testConfig();
    const { dispatcher, ratings, core } = createOfficeServices(store, config, new FakeClock(NOW), null);
    const t0 = process.hrtime.bigint();
    const written = fill(store);
    // What the running office has done with a year of answers: settled them into the rollups and
    // summarized every closed day.
    ratings.settle(NOW);
    store.transaction(() => summarizeClosedDays(store, config, core.serviceDate(), NOW));
    const fillMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const supervisor = { role: 'supervisor' as const, via: 'test' as const };

    const measure = async (metric: string, method: MethodName, input: unknown, check: (result: unknown) => void): Promise<BenchRow[]> => {
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = process.hrtime.bigint();
        const out = await dispatcher.dispatch(method, input, supervisor);
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (!out.ok) throw new Error(`${method}: ${out.error.message}`);
        check(out.result);
      }
      const median = percentile(samples, 50);
      const worst = Math.max(...samples);
      return [
        { suite: 'ratings', metric: `${metric} median`, value: median, unit: 'ms', target: `< ${TARGET_MS} ms`, ok: median < TARGET_MS },
        { suite: 'ratings', metric: `${metric} worst of ${RUNS}`, value: worst, unit: 'ms' },
      ];
    };
    const year = expectedFigures(written, `${YEAR}-01-01`, `${YEAR}-12-31`);
    const secondSemester = expectedFigures(written, `${YEAR}-07-01`, `${YEAR}-12-31`);
    if (year.respondents !== SURVEYS) throw new Error(`the year holds ${year.respondents} surveys, not ${SURVEYS}`);

    const rows: BenchRow[] = [{ suite: 'ratings', metric: `insert, settle and summarize ${SURVEYS} surveys + ${SURVEYS * SERVED_PER_SURVEY} served tickets`, value: fillMs, unit: 'ms' }];
    rows.push(...(await measure('ratings.report, year', 'ratings.report', { period: { kind: 'year', date: `${YEAR}-06-30` } }, matches(year))));
    rows.push(...(await measure('ratings.report, semester', 'ratings.report', { period: { kind: 'semester', date: `${YEAR}-09-30` } }, matches(secondSemester))));
    rows.push(
      ...(await measure(
        'ratings.report, year, one service',
        'ratings.report',
        { period: { kind: 'year', date: `${YEAR}-06-30` }, serviceCode: 'KK' },
        matches(expectedFigures(written, `${YEAR}-01-01`, `${YEAR}-12-31`, 'KK')),
      )),
    );
    // The public page shows the semester the office is in (July–December at the end of the year).
    rows.push(...(await measure('ratings.published (semester)', 'ratings.published', {}, matches(secondSemester))));
    store.close();
    return rows;
  } finally {
    dir.remove();
  }
};
