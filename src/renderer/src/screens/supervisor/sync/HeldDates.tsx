import { useState } from 'react';
import type { SyncStatusView } from '../../../../../shared/api/methods/sync';
import { translate, type Language } from '../../../../../shared/i18n';
import { ConfirmDialog } from '../../../components/staff/ConfirmDialog';

type Held = SyncStatusView['held'];

/**
 * Days whose counts wait for the supervisor's word because a wrong clock may have dated them: a day
 * before the enrolment can be confirmed as right; any day can be moved to its right date or dropped.
 */
export function HeldDates({
  lang,
  held,
  cityToday,
  busy,
  onSend,
  onMove,
  onDrop,
}: {
  lang: Language;
  held: Held;
  cityToday: string | null;
  busy: boolean;
  onSend: (dates: string[]) => void;
  onMove: (from: string, to: string) => void;
  onDrop: (dates: string[]) => void;
}) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const [moveTo, setMoveTo] = useState<Record<string, string>>({});
  const [dropping, setDropping] = useState<string | null>(null);
  const before = held.dates.filter((d) => d.beforeEnrolment).map((d) => d.date);
  return (
    <section className="desk-panel" aria-labelledby="sync-held-title" data-testid="sync-held">
      <h2 id="sync-held-title" className="panel-title">
        {t('supervisor.held.title', { n: held.rows })}
      </h2>
      <p className="staff-hint">{t('supervisor.held.hint')}</p>
      {before.length > 1 && (
        <div className="button-row">
          <button type="button" className="staff-button" disabled={busy} onClick={() => onSend(before)} data-testid="sync-held-send-all">
            {t('supervisor.held.sendAll', { n: before.length })}
          </button>
        </div>
      )}
      <table className="staff-table sync-held-table">
        <thead>
          <tr>
            <th>{t('supervisor.sync.setAside.date')}</th>
            <th>{t('supervisor.held.rows')}</th>
            <th>{t('supervisor.sync.setAside.reason')}</th>
            <th>{t('supervisor.held.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {held.dates.map((d) => (
            <tr key={`${d.date}|${d.code}`} data-testid="sync-held-date" data-date={d.date}>
              <td className="sync-date">{d.date}</td>
              <td>{d.rows}</td>
              <td>{t(d.beforeEnrolment ? 'supervisor.held.beforeEnrolment' : 'supervisor.held.future', { today: cityToday ?? '–' })}</td>
              <td>
                <div className="sync-held-actions">
                  {d.beforeEnrolment && (
                    <button type="button" className="staff-button" disabled={busy} onClick={() => onSend([d.date])} data-testid="sync-held-send">
                      {t('supervisor.held.send')}
                    </button>
                  )}
                  <label className="sync-held-move">
                    <span>{t('supervisor.held.moveTo')}</span>
                    <input
                      type="date"
                      className="field-input field-input--compact"
                      value={moveTo[d.date] ?? cityToday ?? ''}
                      max={cityToday ?? undefined}
                      onChange={(e) => setMoveTo({ ...moveTo, [d.date]: e.target.value })}
                      data-testid="sync-held-move-date"
                    />
                  </label>
                  <button
                    type="button"
                    className="staff-button"
                    disabled={busy || !(moveTo[d.date] ?? cityToday)}
                    onClick={() => onMove(d.date, moveTo[d.date] ?? cityToday ?? '')}
                    data-testid="sync-held-move"
                  >
                    {t('supervisor.held.move')}
                  </button>
                  <button type="button" className="staff-button staff-button--danger" disabled={busy} onClick={() => setDropping(d.date)} data-testid="sync-held-drop">
                    {t('supervisor.held.drop')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dropping && (
        <ConfirmDialog
          lang={lang}
          title={t('supervisor.held.dropTitle', { date: dropping })}
          hint={t('supervisor.held.dropHint')}
          confirmLabel={t('supervisor.held.drop')}
          onConfirm={() => {
            onDrop([dropping]);
            setDropping(null);
          }}
          onClose={() => setDropping(null)}
        />
      )}
    </section>
  );
}
