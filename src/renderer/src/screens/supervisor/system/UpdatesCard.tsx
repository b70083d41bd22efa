import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../../shared/api/contract';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import { call } from '../../../api/client';
import { Notice } from '../../../components/staff/Notice';
import { formatWhen } from '../dashboard/formatWhen';
import type { PanelProps } from '../panelTypes';
import { usePanelRequest } from '../usePanelRequest';

type UpdateStatus = MethodOutput<'update.status'>;

/** Often enough to watch a download's percentage move. */
const REFRESH_MS = 5_000;

function rolloutText(lang: Language, s: UpdateStatus): string {
  if (s.rolloutPercent === null) return translate(lang, 'supervisor.system.rolloutEveryone');
  return translate(lang, s.inRollout === false ? 'supervisor.system.rolloutOut' : 'supervisor.system.rolloutIn', { n: s.rolloutPercent });
}

function waitText(lang: Language, s: UpdateStatus): string | null {
  if (s.waitingFor === null) return null;
  const minutes = s.waitingFor === 'office_hours' ? s.rules.marginMinutes : s.rules.idleMinutes;
  return translate(lang, `supervisor.system.wait.${s.waitingFor}`, { n: minutes });
}

/** Pembaruan otomatis: what the Electron kiosk's updater is doing, and why an install waits. */
export function UpdatesCard({ lang, onSessionEnded, config }: PanelProps & { config: OfficeConfig | null }) {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const request = usePanelRequest(lang, onSessionEnded);
  const { run } = request;

  useEffect(() => {
    const load = (): void => {
      void run(
        () => call('update.status', {}),
        (s) => {
          setStatus(s);
          return null;
        },
      );
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [run]);

  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const wait = status && waitText(lang, status);
  return (
    <section className="desk-panel" aria-labelledby="updates-title" data-testid="update-status">
      <h2 id="updates-title" className="panel-title">
        {t('supervisor.system.updates')}
      </h2>
      {request.notice && <Notice tone={request.notice.tone} text={request.notice.text} lang={lang} />}
      {status && (
        <>
          <dl className="fact-list fact-list--wide">
            <dt>{t('supervisor.system.state')}</dt>
            <dd className={status.state === 'error' ? 'fact--over' : undefined} data-testid="update-state">
              {t(`supervisor.system.state.${status.state}`)}
            </dd>
            <dt>{t('supervisor.system.currentVersion')}</dt>
            <dd data-testid="update-current">{status.currentVersion}</dd>
            {status.availableVersion !== null && (
              <>
                <dt>{t('supervisor.system.availableVersion')}</dt>
                <dd>{status.availableVersion}</dd>
              </>
            )}
            {status.downloadPercent !== null && (
              <>
                <dt>{t('supervisor.system.download')}</dt>
                <dd>
                  <progress className="update-progress" max={100} value={status.downloadPercent} /> {status.downloadPercent}%
                </dd>
              </>
            )}
            {status.state !== 'disabled' && (
              <>
                <dt>{t('supervisor.system.rollout')}</dt>
                <dd>{rolloutText(lang, status)}</dd>
                <dt>{t('supervisor.system.lastCheck')}</dt>
                <dd>{status.lastCheckAt === null ? t('supervisor.system.never') : formatWhen(lang, status.lastCheckAt, config)}</dd>
              </>
            )}
            {wait && (
              <>
                <dt>{t('supervisor.system.waitingFor')}</dt>
                <dd data-testid="update-waiting">{wait}</dd>
              </>
            )}
          </dl>
          {status.disabledWhy !== null && (
            <p className="staff-hint" data-testid="update-disabled">
              {t(`supervisor.system.updatesOff.${status.disabledWhy}`, { detail: status.disabledDetail ?? '' })}
            </p>
          )}
          {status.lastError !== null && (
            <div className="staff-notice staff-notice--error" data-testid="update-error">
              <span className="staff-notice-text">
                {t('supervisor.system.lastError')}: {status.lastError}
              </span>
            </div>
          )}
          {status.unexpectedErrors.length > 0 && (
            <div className="staff-notice staff-notice--error" data-testid="unexpected-errors">
              <span className="staff-notice-text">{t('supervisor.system.unexpected')}:</span>
              <ul>
                {status.unexpectedErrors.map((e) => (
                  <li key={`${e.source}:${e.message}`}>
                    {formatWhen(lang, e.at, config)}
                    {e.count > 1 ? ` (${e.count}×)` : ''}: {e.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
