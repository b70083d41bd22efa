import type { SyncStatusView } from '../../../../../shared/api/methods/sync';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import { formatWhen } from '../dashboard/formatWhen';
import { pendingText } from './pendingText';
import { HEADLINE_CLASS, syncHeadline } from './syncHeadline';

/**
 * Where the figures go and how far they got: enrolment, the last success, what waits, what the city set
 * aside, and the last failure in its own words with the rows it concerns and what to do.
 */
export function SyncStatusCard({ lang, status, config }: { lang: Language; status: SyncStatusView; config: OfficeConfig | null }) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const error = status.lastError;
  const headline = syncHeadline(status);
  return (
    <section className="desk-panel" aria-labelledby="sync-title" data-testid="sync-status">
      <h2 id="sync-title" className="panel-title">
        {t('supervisor.sync.title')}
      </h2>
      <dl className="fact-list fact-list--wide">
        <dt>{t('supervisor.sync.state')}</dt>
        <dd className={headline.tone ? HEADLINE_CLASS[headline.tone] : undefined} data-testid="sync-state">
          {t(headline.key, headline.params)}
        </dd>
        <dt>{t('supervisor.sync.server')}</dt>
        <dd>{status.serverUrl ?? '–'}</dd>
        <dt>{t('supervisor.sync.office')}</dt>
        <dd>{status.office ? `${status.office.name} (${status.office.id})` : '–'}</dd>
        <dt>{t('supervisor.sync.lastSuccess')}</dt>
        <dd>{status.lastSuccessAt === null ? t('supervisor.sync.never') : formatWhen(lang, status.lastSuccessAt, config)}</dd>
        <dt>{t('supervisor.sync.pending')}</dt>
        <dd data-testid="sync-pending">{pendingText(lang, status)}</dd>
        {status.setAside.count > 0 && (
          <>
            <dt>{t('supervisor.sync.setAside')}</dt>
            <dd className="fact--warn" data-testid="sync-set-aside-count">
              {status.setAside.count}
            </dd>
          </>
        )}
        {status.nextAttemptAt !== null && (
          <>
            <dt>{t('supervisor.sync.nextAttempt')}</dt>
            <dd>{formatWhen(lang, status.nextAttemptAt, config)}</dd>
          </>
        )}
      </dl>
      {error && (
        <div className="staff-notice staff-notice--error sync-error" role="alert" data-testid="sync-error">
          <p className="staff-notice-text">
            <strong data-testid="sync-error-where">{t(`supervisor.sync.where.${error.where}`)}</strong> · {t('supervisor.sync.lastError', { when: formatWhen(lang, error.at, config) })}{' '}
            {lang === 'id' ? error.pesan : error.message}
          </p>
          {error.rows && (
            <p className="sync-error-detail" data-testid="sync-error-rows">
              {t(error.rows.from === error.rows.to ? 'supervisor.sync.concernsOneDay' : 'supervisor.sync.concerns', { n: error.rows.count, from: error.rows.from, to: error.rows.to })}
            </p>
          )}
          <p className="sync-error-detail" data-testid="sync-error-action">
            <strong>{t('supervisor.sync.todo')}</strong> {t(`supervisor.sync.action.${error.action}`)}
          </p>
        </div>
      )}
    </section>
  );
}
