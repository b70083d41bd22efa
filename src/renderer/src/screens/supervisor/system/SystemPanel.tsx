import { useOfficeConfig } from '../dashboard/useOfficeConfig';
import type { PanelProps } from '../panelTypes';
import { BackupsCard } from './BackupsCard';
import { ReprintCard } from './ReprintCard';
import { SecurityCard } from './SecurityCard';
import { UpdatesCard } from './UpdatesCard';
import './system.css';

/** Sistem: backups and the refused requests (the widest) on the left; automatic updates and reprinting a lost ticket on the right. */
export default function SystemPanel({ lang, onSessionEnded }: PanelProps) {
  const config = useOfficeConfig();
  return (
    <div className="panel-columns">
      <div className="system-main">
        <BackupsCard lang={lang} onSessionEnded={onSessionEnded} config={config} />
        <SecurityCard lang={lang} onSessionEnded={onSessionEnded} config={config} />
      </div>
      <div className="system-side">
        <UpdatesCard lang={lang} onSessionEnded={onSessionEnded} config={config} />
        <ReprintCard lang={lang} onSessionEnded={onSessionEnded} />
      </div>
    </div>
  );
}
