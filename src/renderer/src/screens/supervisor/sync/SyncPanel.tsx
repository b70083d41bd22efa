import { useCallback, useEffect, useState } from 'react';
import type { SyncStatusView } from '../../../../../shared/api/methods/sync';
import { issuesText, translate, type Language } from '../../../../../shared/i18n';
import type { ApiError } from '../../../api/apiError';
import { call } from '../../../api/client';
import { Notice } from '../../../components/staff/Notice';
import { downloadFile } from '../dashboard/downloadFile';
import { useOfficeConfig } from '../dashboard/useOfficeConfig';
import type { PanelProps } from '../panelTypes';
import { usePanelRequest } from '../usePanelRequest';
import { BookingListLoad } from './BookingListLoad';
import { ClockNotice } from './ClockNotice';
import { EnrolForm } from './EnrolForm';
import { HeldDates } from './HeldDates';
import { SetAsideList } from './SetAsideList';
import { SyncStatusCard } from './SyncStatusCard';
import './sync.css';

const REFRESH_MS = 15_000;

/** Why enrolment failed: what was typed (a bad address or code), or what the city answered or not. */
function enrolRefusal(lang: Language, error: ApiError): string | null {
  if (error.issues.length === 0) return null;
  const fromCity = error.issues.some((i) => i.rule === 'city_refused' || i.rule === 'city_unreachable');
  return translate(lang, fromCity ? 'supervisor.sync.enrolRefused' : 'supervisor.sync.enrolInvalid', { detail: issuesText(lang, error.issues) });
}

/** Sinkronisasi: the city sync's health, the rows the city refused, enrolment, "send now", the signed file for the USB stick, and the booking lists from it. */
export default function SyncPanel({ lang, onSessionEnded }: PanelProps) {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const config = useOfficeConfig();
  const request = usePanelRequest(lang, onSessionEnded);
  const { run } = request;

  const reload = useCallback(async () => {
    try {
      setStatus(await call('sync.status', {}));
    } catch (err) {
      console.warn('[supervisor] sync.status failed:', err);
    }
  }, []);

  useEffect(() => {
    void run(
      () => call('sync.status', {}),
      (s) => {
        setStatus(s);
        return null;
      },
    );
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [run, reload]);

  const pushNow = async (): Promise<void> => {
    // A push that failed answers normally (with its error): its notice is an error, not a success.
    const failure = { text: '' };
    await run(
      () => call('sync.pushNow', {}),
      (r) => {
        if (!r.ok) {
          failure.text = translate(lang, 'supervisor.sync.pushFailed', { reason: r.error ? (lang === 'id' ? r.error.pesan : r.error.message) : '' });
          return null;
        }
        return r.rowsSetAside > 0
          ? translate(lang, 'supervisor.sync.pushedSetAside', { n: r.pushedRows, m: r.rowsSetAside })
          : translate(lang, 'supervisor.sync.pushed', { n: r.pushedRows });
      },
    );
    if (failure.text) request.setNotice({ tone: 'error', text: failure.text });
    await reload();
  };

  const resend = async (): Promise<void> => {
    await run(
      () => call('sync.resendSetAside', {}),
      (r) => translate(lang, 'supervisor.sync.resent', { n: r.rows }),
    );
    await reload();
  };

  const confirmDates = async (dates: string[], action: 'send' | 'drop'): Promise<void> => {
    await run(
      () => call('sync.confirmDates', { dates, action }),
      (r) => translate(lang, action === 'send' ? 'supervisor.held.sent' : 'supervisor.held.dropped', { n: r.rows }),
    );
    await reload();
  };

  const moveDay = async (from: string, to: string): Promise<void> => {
    await run(
      () => call('serviceDay.move', { from, to }),
      (r) => translate(lang, 'supervisor.held.moved', { from, to, tickets: r.tickets, rows: r.rows }),
      (error) => (error.issues.length > 0 ? translate(lang, 'supervisor.held.moveRefused', { detail: issuesText(lang, error.issues) }) : null),
    );
    await reload();
  };

  const exportUsb = async (): Promise<void> => {
    await run(
      () => call('sync.exportFile', {}),
      (file) => {
        downloadFile(file.fileName, file.content, 'application/json');
        return translate(lang, 'supervisor.sync.exported', { file: file.fileName, n: file.rows });
      },
      (error) => (error.code === 'wrong_state' ? translate(lang, 'supervisor.sync.enrolFirst') : null),
    );
  };

  if (!status) return request.notice ? <Notice tone={request.notice.tone} text={request.notice.text} lang={lang} /> : <p className="staff-hint">{translate(lang, 'staff.loading')}</p>;

  return (
    <div className="panel-columns">
      <div className="sync-main">
        <SyncStatusCard lang={lang} status={status} config={config} />
        {request.notice && <Notice tone={request.notice.tone} text={request.notice.text} lang={lang} onDismiss={request.dismiss} testId="sync-notice" />}
        <ClockNotice lang={lang} clock={status.clock} busy={request.busy} onMoveDay={(from, to) => void moveDay(from, to)} />
        {status.held.rows > 0 && (
          <HeldDates
            lang={lang}
            held={status.held}
            cityToday={status.clock.cityToday}
            busy={request.busy}
            onSend={(dates) => void confirmDates(dates, 'send')}
            onMove={(from, to) => void moveDay(from, to)}
            onDrop={(dates) => void confirmDates(dates, 'drop')}
          />
        )}
        {status.setAside.count > 0 && <SetAsideList lang={lang} setAside={status.setAside} busy={request.busy} onResend={() => void resend()} />}
        <section className="desk-panel">
          <h2 className="panel-title">{translate(lang, 'supervisor.sync.actions')}</h2>
          <p className="staff-hint">{translate(lang, 'supervisor.sync.actionsHint')}</p>
          <div className="button-row">
            <button type="button" className="staff-button staff-button--primary" disabled={request.busy || !status.enrolled} onClick={() => void pushNow()} data-testid="sync-push">
              {translate(lang, 'supervisor.sync.pushNow')}
            </button>
            <button type="button" className="staff-button" disabled={request.busy || !status.enrolled} onClick={() => void exportUsb()} data-testid="sync-export">
              {translate(lang, 'supervisor.sync.exportUsb')}
            </button>
          </div>
        </section>
        <BookingListLoad lang={lang} onSessionEnded={onSessionEnded} />
      </div>
      <EnrolForm
        lang={lang}
        busy={request.busy}
        enrolled={status.enrolled}
        defaultUrl={status.serverUrl ?? ''}
        onEnrol={(input) =>
          run(
            () => call('sync.enrol', input),
            (s) => {
              setStatus(s);
              return translate(lang, 'supervisor.sync.enrolled', { office: s.office?.name ?? '' });
            },
            (error) => enrolRefusal(lang, error),
          )
        }
      />
    </div>
  );
}
