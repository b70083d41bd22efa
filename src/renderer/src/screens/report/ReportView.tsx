import { useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { Notice } from '../../components/staff/Notice';
import type { CounterChoice } from '../../components/staff/useStaffSession';
import type { Overview } from '../../hooks/useOfficeOverview';
import { defaultChoice, toPeriodInput, type PeriodChoice } from './periodChoice';
import { PeriodForm } from './PeriodForm';
import { ReportDocument } from './ReportDocument';
import { useReport, type ReportRequest } from './useReport';

/** The signed-in supervisor's report: choose, show, print. */
export function ReportView({
  lang,
  overview,
  counters,
  onSessionEnded,
}: {
  lang: Language;
  overview: Overview;
  counters: readonly CounterChoice[];
  onSessionEnded: () => void;
}) {
  const [choice, setChoice] = useState<PeriodChoice>(() => defaultChoice(overview.serviceDate));
  const [serviceCode, setServiceCode] = useState('');
  const [counter, setCounter] = useState('');
  const { report, error, busy, load } = useReport(lang, onSessionEnded);

  const request = (): ReportRequest => ({
    period: toPeriodInput(choice),
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
          services={overview.services}
          counters={counters}
          serviceCode={serviceCode}
          counter={counter}
          onChoice={setChoice}
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
          printedAt={report.printedAt}
          serviceName={serviceName}
          counterName={counterName}
        />
      )}
    </main>
  );
}
