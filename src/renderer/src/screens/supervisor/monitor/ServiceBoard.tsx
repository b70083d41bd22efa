import type { MonitorView } from '../../../../../shared/api/methods/stats';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import { formatMinutes } from '../dashboard/format';
import { serviceName } from '../dashboard/names';

/** One card per service: people waiting, the longest wait against the target, the estimate, the next numbers. */
export function ServiceBoard({ lang, monitor, config }: { lang: Language; monitor: MonitorView; config: OfficeConfig | null }) {
  return (
    <section className="desk-panel" aria-labelledby="monitor-services-title">
      <h2 id="monitor-services-title" className="panel-title">
        {translate(lang, 'supervisor.monitor.services')}
      </h2>
      <div className="service-cards">
        {monitor.services.map((s) => {
          const over = s.longestWaitMinutes !== null && s.longestWaitMinutes > s.targetWaitMinutes;
          return (
            <article key={s.serviceCode} className={over ? 'service-card service-card--over' : 'service-card'} data-testid={`monitor-service-${s.serviceCode}`}>
              <div className="service-card-head">
                <h3 className="service-card-name">{serviceName(config, s.serviceCode, lang)}</h3>
                <p className="service-card-waiting">
                  <span className="big-figure" data-testid={`monitor-waiting-${s.serviceCode}`}>
                    {s.waiting}
                  </span>{' '}
                  {translate(lang, 'supervisor.monitor.waiting')}
                </p>
              </div>
              <p className={over ? 'service-fact fact--over' : 'service-fact'} data-testid={`monitor-longest-${s.serviceCode}`}>
                {translate(lang, 'supervisor.monitor.longest', { m: formatMinutes(lang, s.longestWaitMinutes), target: s.targetWaitMinutes })}
              </p>
              <p className="service-fact">
                {translate(lang, 'supervisor.monitor.estimate', {
                  m: s.estimatedWaitMinutes === null ? translate(lang, 'supervisor.monitor.noCounterOpen') : formatMinutes(lang, s.estimatedWaitMinutes),
                })}
              </p>
              {s.next.length > 0 && (
                <p className="next-tickets">
                  <span className="next-label">{translate(lang, 'supervisor.monitor.next')}</span>
                  {s.next.map((t) => (
                    <span key={t.id} className={t.priorityReason ? 'ticket-tag ticket-tag--priority' : 'ticket-tag'}>
                      {t.label}
                    </span>
                  ))}
                </p>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}
