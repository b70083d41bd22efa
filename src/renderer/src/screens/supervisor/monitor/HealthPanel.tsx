import type { MonitorView } from '../../../../../shared/api/methods/stats';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate } from '../../../../../shared/i18n';
import { call } from '../../../api/client';
import { Notice } from '../../../components/staff/Notice';
import { formatWhen } from '../dashboard/formatWhen';
import type { PanelProps } from '../panelTypes';
import { HEADLINE_CLASS, syncHeadline } from '../sync/syncHeadline';
import { usePanelRequest } from '../usePanelRequest';
import { printerFactClass, printerStateName } from './printerStateName';
import { reprintNotice } from '../system/reprintNotice';
import { formatFreeSpace } from './storageSpace';

/** The printer, the disk and the city sync at a glance, with the two printer actions a supervisor needs at 10:00. */
export function HealthPanel({
  lang,
  onSessionEnded,
  agency = null,
  monitor,
  config,
  onChanged,
}: PanelProps & { monitor: MonitorView; config: OfficeConfig | null; onChanged: () => void }) {
  const request = usePanelRequest(lang, onSessionEnded);
  const { printer, sync, storage } = monitor;
  const syncLine = syncHeadline(sync);
  const noPrinter = config?.printer.transport.type === 'none';

  const checkPrinter = async (): Promise<void> => {
    await request.run(
      () => call('printer.check', {}),
      (status) => translate(lang, 'supervisor.printer.checked', { state: printerStateName(lang, status.state) }),
    );
    onChanged();
  };

  const reprintLast = async (): Promise<void> => {
    await request.run(
      () => call('tickets.reprintLast', {}),
      (result) => reprintNotice(lang, result),
      (error) => (error.code === 'not_found' ? translate(lang, 'supervisor.printer.noTicketToday') : error.code === 'wrong_state' ? translate(lang, 'supervisor.printer.none') : null),
    );
    onChanged();
  };

  return (
    <section className="desk-panel health-panel" aria-labelledby="monitor-health-title">
      <h2 id="monitor-health-title" className="panel-title">
        {translate(lang, 'supervisor.monitor.health')}
      </h2>
      <dl className="fact-list fact-list--wide">
        <dt>{translate(lang, 'supervisor.monitor.printer')}</dt>
        <dd className={printerFactClass(printer.state, noPrinter)} data-testid="monitor-printer">
          {noPrinter ? translate(lang, 'supervisor.printer.notConfigured') : printerStateName(lang, printer.state)}
        </dd>
        <dt>{translate(lang, 'supervisor.monitor.storage')}</dt>
        <dd className={storage.state === 'full' ? 'fact--over' : 'fact--ok'} data-testid="monitor-storage">
          {storage.state === 'full' && storage.since !== null
            ? translate(lang, 'supervisor.storage.full', { when: formatWhen(lang, storage.since, config), free: formatFreeSpace(lang, storage.freeBytes) })
            : translate(lang, 'supervisor.storage.ok', { free: formatFreeSpace(lang, storage.freeBytes) })}
        </dd>
        <dt>{translate(lang, 'supervisor.monitor.sync')}</dt>
        <dd className={syncLine.tone ? HEADLINE_CLASS[syncLine.tone] : undefined} data-testid="monitor-sync">
          {translate(lang, syncLine.key, syncLine.params)}
          {sync.enrolled && (
            <>
              {' · '}
              {sync.lastSuccessAt === null
                ? translate(lang, 'supervisor.sync.neverSent')
                : translate(lang, 'supervisor.sync.lastSuccessShort', { when: formatWhen(lang, sync.lastSuccessAt, config) })}
            </>
          )}
        </dd>
      </dl>
      {request.notice && <Notice tone={request.notice.tone} text={request.notice.text} lang={lang} onDismiss={request.dismiss} testId="health-notice" />}
      {/* The shared printer is the building's: an agency's supervisor sees its state, the building acts on it. */}
      {agency === null && (
        <div className="button-row">
          <button type="button" className="staff-button staff-button--small" disabled={request.busy} onClick={() => void reprintLast()} data-testid="reprint-last">
            {translate(lang, 'supervisor.printer.reprintLast')}
          </button>
          <button type="button" className="staff-button staff-button--small" disabled={request.busy} onClick={() => void checkPrinter()} data-testid="check-printer">
            {translate(lang, 'supervisor.printer.check')}
          </button>
        </div>
      )}
    </section>
  );
}
