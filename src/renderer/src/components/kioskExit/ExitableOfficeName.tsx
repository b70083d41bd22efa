import { useState } from 'react';
import type { Language } from '../../../../shared/i18n';
import { electronBridge } from '../../api/ipcTransport';
import { KioskExitDialog } from './KioskExitDialog';
import { useLongPress } from './useLongPress';
import './kioskExit.css';

/**
 * The office name in a kiosk or display header. In the Electron window, holding it for 3 s opens the
 * supervisor's PIN pad to leave kiosk mode; in a browser it is only the name (there is no kiosk mode to leave).
 */
export function ExitableOfficeName({ name, className, lang }: { name: string; className: string; lang: Language }) {
  if (!electronBridge()) return <p className={className}>{name}</p>;
  return <HoldToExit name={name} className={className} lang={lang} />;
}

function HoldToExit({ name, className, lang }: { name: string; className: string; lang: Language }) {
  const [open, setOpen] = useState(false);
  const press = useLongPress(() => setOpen(true));
  return (
    <>
      <p className={`${className} kiosk-exit-target`} data-testid="office-name" {...press}>
        {name}
      </p>
      {open && <KioskExitDialog lang={lang} onClose={() => setOpen(false)} />}
    </>
  );
}
