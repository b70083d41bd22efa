import { electronBridge } from '../../api/ipcTransport';
import { openSupervisorScreensFrom } from './returnPath';
import { useLongPress } from './useLongPress';
import './appWindow.css';

/**
 * The office name in a kiosk or display header. In the Electron window, holding it for 3 s opens the
 * supervisor screens in that window (behind the supervisor's PIN); in a browser it is only the name
 * (a supervisor there opens /supervisor on their own PC).
 */
export function OfficeNameDoor({ name, className }: { name: string; className: string }) {
  if (!electronBridge()) return <p className={className}>{name}</p>;
  return <HoldToOpen name={name} className={className} />;
}

function HoldToOpen({ name, className }: { name: string; className: string }) {
  const press = useLongPress(() => openSupervisorScreensFrom(window.location.pathname));
  return (
    <p className={`${className} office-name-door`} data-testid="office-name" {...press}>
      {name}
    </p>
  );
}
