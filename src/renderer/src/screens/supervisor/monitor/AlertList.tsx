import type { MonitorView } from '../../../../../shared/api/methods/stats';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import { alertSentence } from './alertSentence';

/** The alerts first, critical ones on top, each a sentence; a calm line when there is none. */
export function AlertList({ lang, monitor, config }: { lang: Language; monitor: MonitorView; config: OfficeConfig | null }) {
  const alerts = [...monitor.alerts].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1));
  if (alerts.length === 0) {
    return (
      <p className="monitor-calm" data-testid="monitor-no-alerts">
        {translate(lang, 'supervisor.alert.none')}
      </p>
    );
  }
  return (
    <ul className="alert-list" aria-label={translate(lang, 'supervisor.alert.title')} data-testid="monitor-alerts">
      {alerts.map((alert) => (
        <li
          key={`${alert.kind}-${alert.serviceCode ?? ''}-${alert.counterNumber ?? ''}`}
          className={`alert-item alert-item--${alert.severity}`}
          data-testid={`alert-${alert.kind}`}
        >
          <span className="alert-mark" aria-hidden="true">
            {alert.severity === 'critical' ? '!!' : '!'}
          </span>
          {alertSentence(lang, alert, monitor, config)}
        </li>
      ))}
    </ul>
  );
}
