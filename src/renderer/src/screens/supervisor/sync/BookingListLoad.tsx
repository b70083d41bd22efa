import { useState } from 'react';
import type { MethodOutput } from '../../../../../shared/api/contract';
import type { BookingListImportResult } from '../../../../../shared/api/methods/bookingList';
import { translate, type Language } from '../../../../../shared/i18n';
import { call } from '../../../api/client';
import { Notice } from '../../../components/staff/Notice';
import { usePanelRequest, type PanelNotice } from '../usePanelRequest';

type Files = MethodOutput<'bookings.usbFiles'>['files'];

/** What a load did, or why it did not (each refusal says what to do; nothing was changed). */
function bookingListOutcome(lang: Language, r: BookingListImportResult): PanelNotice {
  if (!r.ok) return { tone: 'error', text: translate(lang, `supervisor.sync.bookingList.refused.${r.reason}`, { office: r.officeId ?? '' }) };
  const loaded = translate(lang, 'supervisor.sync.bookingList.loaded', {
    file: r.fileName,
    days: r.days.length,
    from: r.days[0]?.day ?? '',
    to: r.days[r.days.length - 1]?.day ?? '',
    n: r.days.reduce((sum, d) => sum + d.bookings, 0),
    cancelled: r.days.reduce((sum, d) => sum + d.cancelled, 0),
  });
  const kept = r.newerKept.length > 0 ? ` ${translate(lang, 'supervisor.sync.bookingList.newerKept', { days: r.newerKept.join(', ') })}` : '';
  return { tone: 'success', text: loaded + kept };
}

/**
 * The van's way to the day lists without network: the files the city administrator put on the USB stick,
 * found on removable media by the office (never a path typed here), and loaded one at a time. The outcome
 * shows here, beside the button pressed, not at the top of the panel.
 */
export function BookingListLoad({ lang, onSessionEnded }: { lang: Language; onSessionEnded: () => void }) {
  const [files, setFiles] = useState<Files | null>(null);
  const { run, busy, notice, dismiss } = usePanelRequest(lang, onSessionEnded);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);

  const find = () =>
    run(
      () => call('bookings.usbFiles', {}),
      (found) => {
        setFiles(found.files);
        return found.files.length === 0 ? { tone: 'error', text: t('supervisor.sync.bookingList.none') } : null;
      },
    );

  const load = (path: string) => run(() => call('bookings.importUsbFile', { path }), (r) => bookingListOutcome(lang, r));

  return (
    <section className="desk-panel" aria-labelledby="sync-booking-list-title" data-testid="sync-booking-list">
      <h2 id="sync-booking-list-title" className="panel-title">
        {t('supervisor.sync.bookingList.title')}
      </h2>
      <p className="staff-hint">{t('supervisor.sync.bookingList.hint')}</p>
      <div className="button-row">
        <button type="button" className="staff-button" disabled={busy} onClick={() => void find()} data-testid="sync-booking-list-find">
          {t('supervisor.sync.bookingList.find')}
        </button>
      </div>
      {notice && <Notice tone={notice.tone} text={notice.text} lang={lang} onDismiss={dismiss} testId="sync-booking-list-notice" />}
      {files && files.length > 0 && (
        <>
          <p className="sync-todo">{t('supervisor.sync.bookingList.found', { n: files.length })}</p>
          <ul className="sync-booking-files">
            {files.map((f) => (
              <li key={f.path} data-testid="sync-booking-list-file">
                <span className="sync-booking-file">
                  <code>{f.fileName}</code>
                  <span className="sync-reason">{t('supervisor.sync.bookingList.where', { folder: f.folder })}</span>
                </span>
                <button type="button" className="staff-button staff-button--primary" disabled={busy} onClick={() => void load(f.path)} data-testid="sync-booking-list-load">
                  {t('supervisor.sync.bookingList.load')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
