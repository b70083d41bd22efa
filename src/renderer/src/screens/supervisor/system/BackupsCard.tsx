import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../../shared/api/contract';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate } from '../../../../../shared/i18n';
import { call } from '../../../api/client';
import { Notice } from '../../../components/staff/Notice';
import { formatWhen } from '../dashboard/formatWhen';
import type { PanelProps } from '../panelTypes';
import { usePanelRequest } from '../usePanelRequest';
import { formatSize } from './formatSize';
import { restoreCommand } from './restoreCommand';

type BackupList = MethodOutput<'backup.list'>;

/** Cadangan data: the backups kept, "back up now", and how a restore is done (never from this screen). */
export function BackupsCard({ lang, onSessionEnded, config }: PanelProps & { config: OfficeConfig | null }) {
  const [list, setList] = useState<BackupList | null>(null);
  const request = usePanelRequest(lang, onSessionEnded);
  const { run } = request;

  const reload = useCallback(async () => {
    try {
      setList(await call('backup.list', {}));
    } catch (err) {
      console.warn('[supervisor] backup.list failed:', err);
    }
  }, []);

  useEffect(() => {
    void run(
      () => call('backup.list', {}),
      (result) => {
        setList(result);
        return null;
      },
    );
  }, [run]);

  const backUpNow = async (): Promise<void> => {
    const done = await run(
      () => call('backup.now', {}),
      (backup) => translate(lang, 'supervisor.system.backedUp', { file: backup.fileName, size: formatSize(lang, backup.sizeBytes) }),
    );
    if (done) await reload();
  };

  const newest = list?.backups[0];
  return (
    <section className="desk-panel" aria-labelledby="backups-title" data-testid="backups">
      <div className="system-card-head">
        <h2 id="backups-title" className="panel-title">
          {translate(lang, 'supervisor.system.backups')}
        </h2>
        <button type="button" className="staff-button staff-button--primary" disabled={request.busy} onClick={() => void backUpNow()} data-testid="backup-now">
          {translate(lang, 'supervisor.system.backupNow')}
        </button>
      </div>
      {list && <p className="staff-hint">{translate(lang, 'supervisor.system.backupsHint', { folder: list.folder })}</p>}
      {request.notice && <Notice tone={request.notice.tone} text={request.notice.text} lang={lang} onDismiss={request.dismiss} testId="backups-notice" />}
      {list && list.backups.length === 0 && <p className="queue-empty">{translate(lang, 'supervisor.system.noBackups')}</p>}
      {list && list.backups.length > 0 && (
        <div className="backup-scroll">
          <table className="staff-table backup-table">
            <thead>
              <tr>
                <th>{translate(lang, 'supervisor.system.backupDate')}</th>
                <th>{translate(lang, 'supervisor.system.backupKind')}</th>
                <th className="num">{translate(lang, 'supervisor.system.backupSize')}</th>
                <th>{translate(lang, 'supervisor.system.backupFile')}</th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((backup) => (
                <tr key={backup.fileName} data-testid="backup-row">
                  <td>{formatWhen(lang, backup.createdAt, config)}</td>
                  <td>{translate(lang, `supervisor.system.kind.${backup.kind}`)}</td>
                  <td className="num">{formatSize(lang, backup.sizeBytes)}</td>
                  <td className="backup-file">{backup.fileName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list && (
        <div className="restore-help" data-testid="restore-help">
          <h3 className="restore-title">{translate(lang, 'supervisor.system.restoreTitle')}</h3>
          <p className="staff-hint">{translate(lang, 'supervisor.system.restoreSteps')}</p>
          <code className="restore-command" data-testid="restore-command">
            {restoreCommand(list.folder, newest?.fileName ?? 'loket-YYYY-MM-DD.sqlite')}
          </code>
          <p className="staff-hint">{translate(lang, 'supervisor.system.restoreAfter')}</p>
        </div>
      )}
    </section>
  );
}
