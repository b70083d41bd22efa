import type { SyncStatusView } from '../../../../../shared/api/methods/sync';
import { translate, type Language } from '../../../../../shared/i18n';

/** "3 hari 2 jam", "7 menit": how far the clock is off, in words a supervisor reads at a glance. */
function span(lang: Language, ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = [
    days > 0 ? translate(lang, 'supervisor.clock.days', { n: days }) : '',
    hours > 0 ? translate(lang, 'supervisor.clock.hours', { n: hours }) : '',
    days === 0 ? translate(lang, 'supervisor.clock.minutes', { n: minutes % 60 }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * The office PC's clock against the city's: how far off it is and what to do, and a service day opened
 * by a clock that ran ahead, with the button that moves it back to the clock's today.
 */
export function ClockNotice({ lang, clock, busy, onMoveDay }: { lang: Language; clock: SyncStatusView['clock']; busy: boolean; onMoveDay: (from: string, to: string) => void }) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const dayAhead = clock.serviceDate !== null && clock.clockServiceDate !== null && clock.serviceDate > clock.clockServiceDate;
  if (!clock.off && !dayAhead) return null;
  return (
    <section className="desk-panel sync-clock" aria-labelledby="sync-clock-title" data-testid="sync-clock">
      <h2 id="sync-clock-title" className="panel-title">
        {t('supervisor.clock.title')}
      </h2>
      {clock.off && clock.offsetMs !== null && (
        <p className="staff-notice staff-notice--error" role="alert" data-testid="sync-clock-off">
          {t(clock.offsetMs < 0 ? 'supervisor.clock.ahead' : 'supervisor.clock.behind', { span: span(lang, clock.offsetMs), today: clock.cityToday ?? '–' })}
        </p>
      )}
      {dayAhead && (
        <div className="sync-clock-day" data-testid="sync-clock-day">
          <p>{t('supervisor.clock.dayAhead', { day: clock.serviceDate ?? '', clockDay: clock.clockServiceDate ?? '' })}</p>
          <button
            type="button"
            className="staff-button staff-button--primary"
            disabled={busy}
            onClick={() => onMoveDay(clock.serviceDate ?? '', clock.clockServiceDate ?? '')}
            data-testid="sync-clock-move-day"
          >
            {t('supervisor.clock.moveDay', { day: clock.serviceDate ?? '', to: clock.clockServiceDate ?? '' })}
          </button>
        </div>
      )}
    </section>
  );
}
