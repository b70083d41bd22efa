import { translate } from '../../../../../shared/i18n';
import { Notice } from '../../../components/staff/Notice';
import { staffErrorMessage } from '../../../components/staff/staffErrors';
import { formatWhen } from '../dashboard/formatWhen';
import { useOfficeConfig } from '../dashboard/useOfficeConfig';
import type { PanelProps } from '../panelTypes';
import { AlertList } from './AlertList';
import { CounterBoard } from './CounterBoard';
import { HealthPanel } from './HealthPanel';
import { ServiceBoard } from './ServiceBoard';
import { useLiveMonitor } from './useLiveMonitor';
import './monitor.css';

/** Monitor: the alerts, then each service's queue and each counter, kept live without a reload. */
export function MonitorPanel({ lang, onSessionEnded, agency = null }: PanelProps) {
  const { monitor, error, refresh } = useLiveMonitor(onSessionEnded);
  const config = useOfficeConfig();

  if (!monitor) {
    return error ? <Notice tone="error" text={staffErrorMessage(lang, error)} lang={lang} /> : <p className="staff-hint">{translate(lang, 'staff.loading')}</p>;
  }
  return (
    <div className="monitor" data-testid="monitor">
      <div className="monitor-top">
        <AlertList lang={lang} monitor={monitor} config={config} />
        <p className="staff-hint monitor-updated" data-testid="monitor-updated">
          {translate(lang, 'supervisor.monitor.updated', { when: formatWhen(lang, monitor.at, config) })}
        </p>
      </div>
      {error && <Notice tone="error" text={staffErrorMessage(lang, error)} lang={lang} />}
      <div className="monitor-columns">
        <ServiceBoard lang={lang} monitor={monitor} config={config} />
        <div className="monitor-side">
          <CounterBoard lang={lang} monitor={monitor} />
          <HealthPanel lang={lang} onSessionEnded={onSessionEnded} agency={agency} monitor={monitor} config={config} onChanged={() => void refresh()} />
        </div>
      </div>
    </div>
  );
}
