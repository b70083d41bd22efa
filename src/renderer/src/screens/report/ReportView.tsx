import { useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { Notice } from '../../components/staff/Notice';
import type { CounterChoice } from '../../components/staff/useStaffSession';
import type { Overview } from '../../hooks/useOfficeOverview';
import { defaultChoice, toPeriodInput, type PeriodChoice } from './periodChoice';
import { PeriodForm } from './PeriodForm';
import { ReportDocument } from './ReportDocument';
import { useCounterAgencies } from './useCounterAgencies';
import { useReport, type ReportRequest } from './useReport';

/** The signed-in supervisor's report: choose, show, print. */
export function ReportView({
  lang,
  overview,
  counters,
  sessionAgency,
  onSessionEnded,
}: {
  lang: Language;
  overview: Overview;
  counters: readonly CounterChoice[];
  /** An agency supervisor's agency (its report is always its own); null for the building's. */
  sessionAgency: string | null;
  onSessionEnded: () => void;
}) {
  const [choice, setChoice] = useState<PeriodChoice>(() => defaultChoice(overview.serviceDate));
  const [agency, setAgency] = useState(sessionAgency ?? '');
  const [serviceCode, setServiceCode] = useState('');
  const [counter, setCounter] = useState('');
  const { report, error, busy, load } = useReport(lang, onSessionEnded);
  const counterAgencies = useCounterAgencies(overview.agencies.length > 0);
  const services = agency ? overview.services.filter((s) => s.agency === agency) : overview.services;
  const agencyCounters = agency ? counters.filter((c) => counterAgencies.get(c.number) === agency) : counters;

  const chooseAgency = (id: string): void => {
    setAgency(id);
    // A service or counter of the agency left behind no longer fits the new choice.
    setServiceCode('');
    setCounter('');
  };
  const request = (): ReportRequest => ({
    period: toPeriodInput(choice),
    ...(agency ? { agency } : {}),
    ...(serviceCode ? { serviceCode } : {}),
    ...(counter ? { counter: Number(counter) } : {}),
  });
  const serviceName = (code: string): string => overview.services.find((s) => s.code === code)?.name[lang] ?? code;
  const counterName = (n: number | null): string =>
    n === null ? translate(lang, 'report.noCounter') : (counters.find((c) => c.number === n)?.name ?? String(n));
  const scopeOf = (r: ReportRequest): string =>
    [r.serviceCode && serviceName(r.serviceCode), r.counter !== undefined && counterName(r.counter)].filter(Boolean).join(' · ') ||
    translate(lang, 'report.scopeAll');

  return (
    <main className="staff-main report-main">
      <section className="staff-card report-controls no-print" aria-label={translate(lang, 'report.period.kind')}>
        <PeriodForm
          lang={lang}
          choice={choice}
          currentYear={Number(overview.serviceDate.slice(0, 4))}
          agencies={overview.agencies}
          agency={agency}
          agencyFixed={sessionAgency !== null}
          services={services}
          counters={agencyCounters}
          serviceCode={serviceCode}
          counter={counter}
          onChoice={setChoice}
          onAgency={chooseAgency}
          onService={setServiceCode}
          onCounter={setCounter}
        />
        <div className="report-actions">
          <button type="button" className="staff-button staff-button--primary" data-testid="report-show" disabled={busy} onClick={() => void load(request())}>
            {busy ? translate(lang, 'report.loading') : translate(lang, 'report.show')}
          </button>
          <button type="button" className="staff-button" data-testid="report-print" disabled={!report} onClick={() => window.print()}>
            {translate(lang, 'report.print')}
          </button>
        </div>
        {error && <Notice tone="error" text={error} lang={lang} testId="report-error" />}
      </section>
      {report && (
        <ReportDocument
          lang={lang}
          data={report.data}
          office={overview.office}
          scope={scopeOf(report.request)}
          agency={report.data.agency ? report.data.agency.name[lang] : overview.agencies.length > 0 ? translate(lang, 'report.filter.building') : null}
          printedAt={report.printedAt}
          serviceName={serviceName}
          counterName={counterName}
        />
      )}
    </main>
  );
}
