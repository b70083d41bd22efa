import { useMemo, useState } from 'react';
import { translate } from '../../../../../shared/i18n';
import { Notice } from '../../../components/staff/Notice';
import { staffErrorMessage } from '../../../components/staff/staffErrors';
import { formatLocalDay } from '../../../components/skm/formatSkm';
import { useOfficeConfig } from '../dashboard/useOfficeConfig';
import type { PanelProps } from '../panelTypes';
import { dayCount, presetRange, previousRange, type DateRange, type RangePreset } from './dateRange';
import { HelpPanel } from './HelpPanel';
import { KpiCards } from './KpiCards';
import { RangePicker } from './RangePicker';
import { rangeProblems } from './rangeProblems';
import { StatsCharts } from './StatsCharts';
import { StatsFilters, type StatsFilter } from './StatsFilters';
import { counterTable, priorityTable, serviceTable, summaryTable } from './statsTables';
import { ExportButtons, StatsTableView } from './StatsTableView';
import { useStats, type StatsQuery } from './useStats';
import { useToday } from './useToday';
import '../../../components/skm/skm.css';
import './stats.css';

/** Statistik: a period, filters, the KPIs (optionally beside the previous period), charts, tables, exports. */
export default function StatsPanel({ lang, onSessionEnded }: PanelProps) {
  const today = useToday();
  const config = useOfficeConfig();
  const [preset, setPreset] = useState<RangePreset>('today');
  const [custom, setCustom] = useState<DateRange | null>(null);
  const [filter, setFilter] = useState<StatsFilter>({});
  const [compare, setCompare] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);

  const range: DateRange | null = today === null ? null : preset === 'custom' ? (custom ?? { from: today, to: today }) : presetRange(preset, today);
  const before = range && compare ? previousRange(preset, range) : null;
  const query: StatsQuery | null = range ? { ...range, ...filter } : null;
  const previousQuery: StatsQuery | null = before ? { ...before, ...filter } : null;
  const { current, previous, error, loading } = useStats(query, previousQuery, onSessionEnded, reloadKey);

  const tables = useMemo(
    () => (current ? { services: serviceTable(lang, current, config), counters: counterTable(lang, current, config), priority: priorityTable(lang, current) } : null),
    [lang, current, config],
  );
  const summary = useMemo(() => (current ? summaryTable(lang, current, previous) : null), [lang, current, previous]);

  if (!range) return <p className="staff-hint">{translate(lang, 'staff.loading')}</p>;
  const problems = rangeProblems(lang, error);
  const shown = current ? { from: current.from, to: current.to } : range;

  return (
    <div className="stats" data-testid="stats" aria-busy={loading}>
      <section className="desk-panel stats-controls">
        <RangePicker
          lang={lang}
          preset={preset}
          custom={custom ?? range}
          problems={problems}
          onPreset={(p) => {
            if (p === 'custom') setCustom(custom ?? range);
            setPreset(p);
          }}
          onCustom={setCustom}
        />
        <div className="stats-options">
          <StatsFilters lang={lang} config={config} filter={filter} onChange={setFilter} />
          <label className="toggle-row toggle-row--compact">
            <input type="checkbox" checked={compare} onChange={(e) => setCompare(e.target.checked)} data-testid="compare" />
            {translate(lang, 'supervisor.stats.compare')}
          </label>
          <button type="button" className="staff-button staff-button--small staff-button--quiet" onClick={() => setReloadKey((k) => k + 1)} data-testid="stats-reload">
            {translate(lang, 'supervisor.stats.reload')}
          </button>
        </div>
        <p className="stats-caption" data-testid="stats-caption">
          {translate(lang, 'supervisor.stats.period', { from: formatLocalDay(lang, shown.from), to: formatLocalDay(lang, shown.to), n: dayCount(shown) })}
          {before && ` · ${translate(lang, 'supervisor.stats.comparedWith', { from: formatLocalDay(lang, before.from), to: formatLocalDay(lang, before.to) })}`}
          {current?.capped && ` · ${translate(lang, 'supervisor.stats.capped')}`}
        </p>
      </section>
      {error && problems.length === 0 && <Notice tone="error" text={staffErrorMessage(lang, error)} lang={lang} />}
      {current && tables && summary && (
        <>
          <section className="desk-panel">
            <div className="panel-head">
              <h2 className="panel-title">{translate(lang, 'supervisor.stats.table.summary')}</h2>
              <ExportButtons lang={lang} table={summary} range={shown} />
            </div>
            <KpiCards lang={lang} current={current} previous={previous} />
          </section>
          <StatsCharts lang={lang} stats={current} config={config} />
          <StatsTableView lang={lang} table={tables.services} range={shown} />
          <StatsTableView lang={lang} table={tables.counters} range={shown} hint={translate(lang, 'supervisor.stats.counterHint')} />
          <StatsTableView lang={lang} table={tables.priority} range={shown} />
        </>
      )}
      <HelpPanel lang={lang} />
    </div>
  );
}
