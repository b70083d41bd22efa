import { useState } from 'react';
import { translate, type Language } from '../../../../../shared/i18n';
import { displayValue } from './cellValue';
import type { DateRange } from './dateRange';
import { exportTable, type ExportFormat } from './exportTable';
import type { StatsTable } from './tableShape';

/** One statistics table with its CSV and XLSX export buttons. */
export function StatsTableView({ lang, table, range, hint }: { lang: Language; table: StatsTable; range: DateRange; hint?: string }) {
  return (
    <section className="desk-panel" aria-labelledby={`table-${table.id}`} data-testid={`stats-table-${table.id}`}>
      <div className="panel-head">
        <h2 id={`table-${table.id}`} className="panel-title">
          {translate(lang, table.title)}
        </h2>
        <ExportButtons lang={lang} table={table} range={range} />
      </div>
      {hint && <p className="staff-hint">{hint}</p>}
      {table.rows.length === 0 ? (
        <p className="queue-empty">{translate(lang, 'supervisor.stats.noData')}</p>
      ) : (
        // A wide table scrolls sideways: focusable, so a keyboard can scroll it too (WCAG 2.1.1).
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`table-${table.id}`}>
          <table className="staff-table stats-table">
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.label} className={c.kind === 'text' ? undefined : 'num'}>
                    {translate(lang, c.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key} data-testid={`row-${table.id}-${row.key}`}>
                  {row.cells.map((cell, i) => {
                    const kind = table.columns[i]?.kind ?? 'text';
                    return (
                      <td key={i} className={kind === 'text' ? 'cell-strong' : 'num'}>
                        {displayValue(lang, kind, cell)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ExportButtons({ lang, table, range }: { lang: Language; table: StatsTable; range: DateRange }) {
  const [busy, setBusy] = useState(false);
  const save = async (format: ExportFormat): Promise<void> => {
    setBusy(true);
    try {
      await exportTable(lang, table, range, format);
    } catch (err) {
      console.warn('[supervisor] export failed:', err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="button-row">
      {(['csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="staff-button staff-button--small staff-button--quiet"
          disabled={busy || table.rows.length === 0}
          onClick={() => void save(format)}
          data-testid={`export-${table.id}-${format}`}
        >
          {translate(lang, `supervisor.stats.export.${format}`)}
        </button>
      ))}
    </div>
  );
}
