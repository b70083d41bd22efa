import type { MonitorView } from '../../../../../shared/api/methods/stats';
import { translate, type Language } from '../../../../../shared/i18n';
import { counterActivity } from './counterActivity';

/** Every counter: its state badge, what it is doing and since when, and how many people wait for it. */
export function CounterBoard({ lang, monitor }: { lang: Language; monitor: MonitorView }) {
  return (
    <section className="desk-panel" aria-labelledby="monitor-counters-title">
      <h2 id="monitor-counters-title" className="panel-title">
        {translate(lang, 'supervisor.monitor.counters')}
      </h2>
      <table className="staff-table monitor-table">
        <thead>
          <tr>
            <th>{translate(lang, 'supervisor.monitor.counter')}</th>
            <th>{translate(lang, 'supervisor.monitor.state')}</th>
            <th>{translate(lang, 'supervisor.monitor.activity')}</th>
            <th className="num">{translate(lang, 'supervisor.monitor.queue')}</th>
          </tr>
        </thead>
        <tbody>
          {monitor.counters.map((c) => {
            const activity = counterActivity(lang, c, monitor.at);
            return (
              <tr key={c.number} data-testid={`monitor-counter-${c.number}`} className={activity.attention ? 'row--attention' : undefined}>
                <td className="cell-strong">{c.name}</td>
                <td>
                  <span className={`state-badge state-badge--small state-badge--${c.state}`}>{translate(lang, `counter.state.${c.state}`)}</span>
                </td>
                <td data-testid={`monitor-activity-${c.number}`}>{activity.text}</td>
                <td className="num">{c.queueWaiting}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
