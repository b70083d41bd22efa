import type { ReactNode } from 'react';
import type { IkmReport } from '../../../../shared/api/methods/ratings';
import { LOCALES, translate, type Language } from '../../../../shared/i18n';
import { MutuBadge } from '../../components/skm/MutuBadge';
import { formatCount, formatDecimal, formatLocalDay, formatMonth, formatPercent } from '../../components/skm/formatSkm';
import { kinerjaText } from '../../components/skm/kinerja';
import { ChannelLine, ExcludedSection, FollowUpTable, MethodNote, QuickSection, WeakestLine } from './reportNotes';
import { GroupTable, ProfileTables, UnsurTable } from './reportTables';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="report-section">
      <h2 className="report-h2">{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
}

/** The Laporan SKM as it is printed on A4 and handed to the inspectorate. */
export function ReportDocument({
  lang,
  data,
  office,
  scope,
  agency,
  printedAt,
  serviceName,
  counterName,
}: {
  lang: Language;
  data: IkmReport;
  office: { name: string; address: string };
  scope: string;
  /** In a Mal Pelayanan Publik: the agency the report covers, or the whole building; null in a one-agency office. */
  agency: string | null;
  printedAt: number;
  serviceName: (code: string) => string;
  counterName: (counter: number | null) => string;
}) {
  const { overall, sample } = data;
  const printed = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(printedAt);
  return (
    <article className="report-doc" data-testid="report-document">
      <header className="report-head">
        <h1 className="report-h1">{translate(lang, 'report.title')}</h1>
        <p className="report-office">{office.name}</p>
        {agency !== null && (
          <p className="report-office report-agency" data-testid="report-agency">
            {translate(lang, 'report.filter.agency')}: {agency}
          </p>
        )}
        <p className="report-small">{office.address}</p>
        <dl className="report-facts">
          <Fact label={translate(lang, 'report.periodLabel')} value={`${formatLocalDay(lang, data.from)} – ${formatLocalDay(lang, data.to)}`} testId="report-period" />
          <Fact label={translate(lang, 'report.scope')} value={scope} />
          <Fact label={translate(lang, 'report.printedAt')} value={printed} />
        </dl>
      </header>

      <Section title={translate(lang, 'report.section.method')}>
        <dl className="report-facts">
          {/* The regulation's service unit: an agency's own report names the agency as the one that ran its survey. */}
          <Fact
            label={translate(lang, 'report.method.executor')}
            value={translate(lang, 'report.method.executorValue', { office: data.agency?.name[lang] ?? office.name })}
            testId="report-executor"
          />
          <Fact label={translate(lang, 'report.method.respondents')} value={formatCount(lang, sample.respondents)} testId="report-respondents" />
          <Fact label={translate(lang, 'report.method.served')} value={formatCount(lang, sample.population)} testId="report-served" />
          <Fact label={translate(lang, 'report.method.target')} value={formatCount(lang, sample.target)} testId="report-target" />
        </dl>
        <p className="report-line">
          {sample.population === 0
            ? translate(lang, 'report.method.noPopulation')
            : translate(lang, sample.reached ? 'report.method.reached' : 'report.method.notReached', { percent: formatPercent(lang, sample.progress) })}
        </p>
        {scope !== translate(lang, 'report.scopeAll') && <p className="report-line report-small">{translate(lang, 'report.method.scopeNote')}</p>}
      </Section>

      <Section title={translate(lang, 'report.section.result')}>
        {overall ? (
          <div className="report-result">
            <div className="report-score">
              <span className="report-score-label">{translate(lang, 'report.ikm.konversi')}</span>
              <span className="report-konversi" data-testid="report-konversi">
                {formatDecimal(lang, overall.konversi, 2)}
              </span>
            </div>
            <MutuBadge mutu={overall.mutu} size="large" />
            <dl className="report-facts">
              <Fact label={translate(lang, 'report.ikm.mutu')} value={overall.mutu} testId="report-mutu" />
              <Fact label={translate(lang, 'report.ikm.kinerja')} value={kinerjaText(lang, overall)} testId="report-kinerja" />
              <Fact label={translate(lang, 'report.ikm.value')} value={formatDecimal(lang, overall.ikm, 4)} />
            </dl>
          </div>
        ) : (
          <p className="report-line" data-testid="report-none">
            {translate(lang, 'report.none')}
          </p>
        )}
      </Section>

      {overall && (
        <Section title={translate(lang, 'report.section.unsur')}>
          <UnsurTable lang={lang} overall={overall} />
          <WeakestLine lang={lang} overall={overall} />
        </Section>
      )}

      {overall && (
        <>
          <Section title={translate(lang, 'report.section.service')}>
            <GroupTable
              lang={lang}
              heading={translate(lang, 'report.col.service')}
              rows={data.byService.map((r) => ({ key: r.serviceCode, label: serviceName(r.serviceCode), result: r.result }))}
              testId="service-table"
            />
          </Section>
          <Section title={translate(lang, 'report.section.counter')}>
            <GroupTable
              lang={lang}
              heading={translate(lang, 'report.col.counter')}
              rows={data.byCounter.map((r) => ({ key: String(r.counterNumber), label: counterName(r.counterNumber), result: r.result }))}
              testId="counter-table"
            />
          </Section>
          <Section title={translate(lang, 'report.section.month')}>
            <GroupTable
              lang={lang}
              heading={translate(lang, 'report.col.month')}
              rows={data.byMonth.map((r) => ({ key: r.month, label: formatMonth(lang, r.month), result: r.result }))}
              testId="month-table"
            />
          </Section>
          <Section title={translate(lang, 'report.section.profile')}>
            <ProfileTables lang={lang} profile={data.profile} />
            <p className="report-line report-small">{translate(lang, 'report.suppressNote')}</p>
          </Section>
        </>
      )}

      <Section title={translate(lang, 'report.section.quick')}>
        <QuickSection lang={lang} quick={data.quick} />
        <ChannelLine lang={lang} byChannel={data.byChannel} />
      </Section>

      <Section title={translate(lang, 'report.section.excluded')}>
        <ExcludedSection lang={lang} excluded={data.excluded} />
      </Section>

      <Section title={translate(lang, 'report.section.followUp')}>
        <FollowUpTable lang={lang} overall={overall} />
      </Section>

      <Section title={translate(lang, 'report.section.note')}>
        <MethodNote lang={lang} />
      </Section>

      <footer className="report-signature">
        <p>{printed}</p>
        <p>{translate(lang, 'report.signature')}</p>
        <p className="report-signature-line">( ................................................ )</p>
      </footer>
    </article>
  );
}
