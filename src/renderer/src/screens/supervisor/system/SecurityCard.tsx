import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../../shared/api/contract';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { LOCALES, translate, type Language } from '../../../../../shared/i18n';
import { call } from '../../../api/client';
import { Notice } from '../../../components/staff/Notice';
import type { PanelProps } from '../panelTypes';
import { usePanelRequest } from '../usePanelRequest';

type Refusals = MethodOutput<'security.recent'>;

/** Often enough to see a flood while it happens (the office folds one source's refusals into one counted entry). */
const REFRESH_MS = 10_000;

/** "2 Des 09.41.07" in the office's time zone: refusals come in bursts, so the seconds matter. */
function whenText(lang: Language, at: number, config: OfficeConfig | null): string {
  const timeZone = config?.office.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at);
}

/** "10.0.0.7", or the Electron window on this PC ("ipc:kiosk"). */
function sourceText(lang: Language, source: string): string {
  return source.startsWith('ipc:') ? translate(lang, 'supervisor.system.securitySourceWindow', { role: source.slice(4) }) : source;
}

/** Keamanan: refused sign-ins, foreign pages and addresses, and floods, newest first (kept in memory since start). */
export function SecurityCard({ lang, onSessionEnded, config }: PanelProps & { config: OfficeConfig | null }) {
  const [refusals, setRefusals] = useState<Refusals | null>(null);
  const request = usePanelRequest(lang, onSessionEnded);
  const { run } = request;

  const load = useCallback(
    () =>
      void run(
        () => call('security.recent', {}),
        (result) => {
          setRefusals(result);
          return null;
        },
      ),
    [run],
  );

  useEffect(() => {
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  return (
    <section className="desk-panel" aria-labelledby="security-title" data-testid="security">
      <div className="system-card-head">
        <h2 id="security-title" className="panel-title">
          {t('supervisor.system.security')}
        </h2>
        <button type="button" className="staff-button staff-button--quiet security-refresh" disabled={request.busy} onClick={load} data-testid="security-refresh">
          {t('supervisor.system.securityRefresh')}
        </button>
      </div>
      <p className="staff-hint">{t('supervisor.system.securityHint')}</p>
      {request.notice && <Notice tone={request.notice.tone} text={request.notice.text} lang={lang} onDismiss={request.dismiss} />}
      {refusals && refusals.events.length === 0 && <p className="queue-empty">{t('supervisor.system.securityNone')}</p>}
      {refusals && refusals.events.length > 0 && (
        <div className="security-scroll">
          <table className="staff-table security-table">
            <thead>
              <tr>
                <th>{t('supervisor.system.securityWhen')}</th>
                <th>{t('supervisor.system.securityKind')}</th>
                <th>{t('supervisor.system.securitySource')}</th>
                <th>{t('supervisor.system.securityCount')}</th>
                <th>{t('supervisor.system.securityDetail')}</th>
              </tr>
            </thead>
            <tbody>
              {refusals.events.map((event, i) => (
                <tr key={`${event.at}-${i}`} data-testid="security-row">
                  <td className="security-when">{whenText(lang, event.at, config)}</td>
                  <td className="security-kind">{t(`supervisor.system.refusal.${event.kind}`)}</td>
                  <td className="security-source">{sourceText(lang, event.source)}</td>
                  <td className="security-count" data-testid="security-count">{event.count}</td>
                  <td className="security-detail">{event.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {refusals && refusals.dropped > 0 && <p className="staff-hint">{t('supervisor.system.securityDropped', { n: refusals.dropped })}</p>}
    </section>
  );
}
