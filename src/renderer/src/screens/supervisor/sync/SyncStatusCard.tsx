import type { SyncStatusView } from '../../../../../shared/api/methods/sync';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import { formatWhen } from '../dashboard/formatWhen';

/** Where the figures go and how far they got: enrolment, the last success, what waits, the last error in the city's words. */
export function SyncStatusCard({ lang, status, config }: { lang: Language; status: SyncStatusView; config: OfficeConfig | null }) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const error = status.lastError;
  return (
    <section className="desk-panel" aria-labelledby="sync-title" data-testid="sync-status">
      <h2 id="sync-title" className="panel-title">
        {t('supervisor.sync.title')}
      </h2>
      <dl className="fact-list fact-list--wide">
        <dt>{t('supervisor.sync.state')}</dt>
        <dd className={error ? 'fact--over' : status.enrolled ? 'fact--ok' : undefined} data-testid="sync-state">
          {t(`supervisor.sync.state.${status.state}`)}
        </dd>
        <dt>{t('supervisor.sync.server')}</dt>
        <dd>{status.serverUrl ?? '–'}</dd>
        <dt>{t('supervisor.sync.office')}</dt>
        <dd>{status.office ? `${status.office.name} (${status.office.id})` : '–'}</dd>
        <dt>{t('supervisor.sync.lastSuccess')}</dt>
        <dd>{status.lastSuccessAt === null ? t('supervisor.sync.never') : formatWhen(lang, status.lastSuccessAt, config)}</dd>
        <dt>{t('supervisor.sync.pending')}</dt>
        <dd data-testid="sync-pending">{status.rowsPending}</dd>
        {status.nextAttemptAt !== null && (
          <>
            <dt>{t('supervisor.sync.nextAttempt')}</dt>
            <dd>{formatWhen(lang, status.nextAttemptAt, config)}</dd>
          </>
        )}
      </dl>
      {error && (
        <div className="staff-notice staff-notice--error sync-error" data-testid="sync-error">
          <span className="staff-notice-text">
            {t('supervisor.sync.lastError', { when: formatWhen(lang, error.at, config) })} {lang === 'id' ? error.pesan : error.message}
          </span>
        </div>
      )}
    </section>
  );
}
