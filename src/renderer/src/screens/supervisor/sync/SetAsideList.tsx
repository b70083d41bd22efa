import { Fragment } from 'react';
import type { SyncStatusView } from '../../../../../shared/api/methods/sync';
import { translate, type Language } from '../../../../../shared/i18n';

/** A metric name that may wrap after its dots, never inside a word. */
function MetricName({ name }: { name: string }) {
  const parts = name.split('.');
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {i < parts.length - 1 ? `${part}.` : part}
        </Fragment>
      ))}
    </>
  );
}

/** The rows the city refused, kept on the kiosk: what to do, "send again", and each row with the city's reason. */
export function SetAsideList({ lang, setAside, busy, onResend }: { lang: Language; setAside: SyncStatusView['setAside']; busy: boolean; onResend: () => void }) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const actions = [...new Set(setAside.rows.map((r) => r.action))];
  return (
    <section className="desk-panel" aria-labelledby="sync-set-aside-title" data-testid="sync-set-aside">
      <h2 id="sync-set-aside-title" className="panel-title">
        {t('supervisor.sync.setAside.title', { n: setAside.count })}
      </h2>
      <p className="staff-hint">{t('supervisor.sync.setAside.hint')}</p>
      <p className="sync-todo" data-testid="sync-set-aside-action">
        <strong>{t('supervisor.sync.todo')}</strong> {actions.map((a) => t(`supervisor.sync.action.${a}`)).join(' ')}
      </p>
      <div className="button-row">
        <button type="button" className="staff-button" disabled={busy} onClick={onResend} data-testid="sync-resend">
          {t('supervisor.sync.resend')}
        </button>
      </div>
      <table className="staff-table sync-set-aside-table">
        <thead>
          <tr>
            <th>{t('supervisor.sync.setAside.date')}</th>
            <th>{t('supervisor.sync.setAside.metric')}</th>
            <th>{t('supervisor.sync.setAside.value')}</th>
            <th>{t('supervisor.sync.setAside.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {setAside.rows.map((r) => (
            <tr key={`${r.date}|${r.metric}`} data-testid="sync-set-aside-row">
              <td className="sync-date">{r.date}</td>
              <td className="sync-metric">
                <MetricName name={r.metric} />
              </td>
              <td>{r.value}</td>
              <td>
                {t(r.code === 'date_in_future' ? 'supervisor.sync.setAside.date_in_future' : 'supervisor.sync.setAside.invalid_rows')}
                <span className="sync-reason">{r.reason}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {setAside.rows.length < setAside.count && <p className="staff-hint">{t('supervisor.sync.setAside.more', { shown: setAside.rows.length, n: setAside.count })}</p>}
    </section>
  );
}
