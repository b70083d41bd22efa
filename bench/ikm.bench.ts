import {
  addSurvey,
  computeIkm,
  createAccumulator,
  UNSUR_CODES,
  type IkmAccumulator,
  type IkmResult,
  type Score,
  type SurveyAnswers,
} from '../src/shared/skm';
import type { BenchRow, BenchSuite } from './table';
import { seededRandom as random } from '../src/shared/seededRandom';

const SURVEYS = 100_000;
const SERVICES = ['KTP', 'KK', 'Akta Lahir', 'Akta Mati', 'Pindah Datang', 'KIA'];
const COUNTERS = 8;
const RUNS = 7;
const TARGET_MS = 200;

interface BenchSurvey {
  readonly service: string;
  readonly counter: number;
  readonly date: string;
  readonly answers: SurveyAnswers;
}


/** Scores lean towards 3–4, as real surveys do, with each unsur a little different. */
function score(next: () => number, unsurIndex: number): Score {
  const r = next() + unsurIndex * 0.01;
  return r < 0.05 ? 1 : r < 0.2 ? 2 : r < 0.65 ? 3 : 4;
}

function buildSurveys(): BenchSurvey[] {
  const next = random(20170414);
  const surveys: BenchSurvey[] = [];
  for (let i = 0; i < SURVEYS; i++) {
    const answers: SurveyAnswers = {};
    UNSUR_CODES.forEach((code, index) => {
      answers[code] = score(next, index);
    });
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    surveys.push({
      service: SERVICES[Math.floor(next() * SERVICES.length)] ?? 'KTP',
      counter: 1 + Math.floor(next() * COUNTERS),
      date: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      answers,
    });
  }
  return surveys;
}

function overallIkm(surveys: readonly BenchSurvey[]): IkmResult {
  const accumulator = createAccumulator();
  for (const survey of surveys) addSurvey(accumulator, survey.answers);
  return computeIkm(accumulator);
}

interface Report {
  readonly overall: IkmResult;
  readonly byService: Map<string, IkmResult>;
  readonly byCounter: Map<number, IkmResult>;
  readonly byMonth: Map<string, IkmResult>;
}

function groupOf<K>(groups: Map<K, IkmAccumulator>, key: K): IkmAccumulator {
  let accumulator = groups.get(key);
  if (accumulator === undefined) {
    accumulator = createAccumulator();
    groups.set(key, accumulator);
  }
  return accumulator;
}

function computeAll<K>(groups: Map<K, IkmAccumulator>): Map<K, IkmResult> {
  return new Map([...groups].map(([key, accumulator]) => [key, computeIkm(accumulator)]));
}

/** Overall, per unsur (inside every IkmResult), per service, per counter and per month, in one pass. */
function fullReport(surveys: readonly BenchSurvey[]): Report {
  const overall = createAccumulator();
  const byService = new Map<string, IkmAccumulator>();
  const byCounter = new Map<number, IkmAccumulator>();
  const byMonth = new Map<string, IkmAccumulator>();
  for (const survey of surveys) {
    addSurvey(overall, survey.answers);
    addSurvey(groupOf(byService, survey.service), survey.answers);
    addSurvey(groupOf(byCounter, survey.counter), survey.answers);
    addSurvey(groupOf(byMonth, survey.date.slice(0, 7)), survey.answers);
  }
  return {
    overall: computeIkm(overall),
    byService: computeAll(byService),
    byCounter: computeAll(byCounter),
    byMonth: computeAll(byMonth),
  };
}

/** Runs once to warm up, then RUNS times; returns every timing in ms and the last result. */
function measure<T>(work: () => T): { timings: number[]; result: T } {
  let result = work();
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    result = work();
    timings.push(performance.now() - start);
  }
  return { timings, result };
}

export const suite: BenchSuite = async () => {
  const buildStart = performance.now();
  const surveys = buildSurveys();
  const buildMs = performance.now() - buildStart;

  const ikm = measure(() => overallIkm(surveys));
  const report = measure(() => fullReport(surveys));

  // A bench that silently measured the wrong thing would be worse than none.
  const groups = report.result.byService.size + report.result.byCounter.size + report.result.byMonth.size;
  if (ikm.result.respondents !== SURVEYS || report.result.overall.konversi !== ikm.result.konversi || groups !== 26) {
    throw new Error('ikm bench: the report does not cover the generated surveys');
  }

  const worstIkm = Math.max(...ikm.timings);
  const worstReport = Math.max(...report.timings);
  const rows: BenchRow[] = [
    { suite: 'ikm', metric: `build ${SURVEYS} full surveys`, value: buildMs, unit: 'ms' },
    {
      suite: 'ikm',
      metric: `IKM of ${SURVEYS} surveys (worst of ${RUNS})`,
      value: worstIkm,
      unit: 'ms',
      target: `< ${TARGET_MS} ms`,
      ok: worstIkm < TARGET_MS,
    },
    {
      suite: 'ikm',
      metric: `full report: overall, per unsur, ${SERVICES.length} services, ${COUNTERS} counters, 12 months (worst of ${RUNS})`,
      value: worstReport,
      unit: 'ms',
      target: `< ${TARGET_MS} ms`,
      ok: worstReport < TARGET_MS,
    },
    { suite: 'ikm', metric: 'overall konversi of the generated data', value: ikm.result.konversi, unit: '25–100' },
  ];
  return rows;
};
