import { useEffect, type ReactNode } from 'react';
import { call, toApiError } from '../../api/client';
import { electronBridge } from '../../api/ipcTransport';
import { openSupervisorScreensFrom } from '../appWindow/returnPath';

/**
 * The kiosk window of an office without a supervisor (the Electron app, where no browser can reach
 * /supervisor): the touchscreen goes to first-run setup, behind the setup code the printer printed, with
 * the way back to the kiosk. The kiosk shows meanwhile, so a slow or failed check never leaves the
 * touchscreen blank. In browser mode the kiosk serves at once and setup is done at /supervisor.
 */
export function FirstRunRedirect({ children }: { children: ReactNode }) {
  useEffect(() => {
    if (!electronBridge()) return;
    call('auth.status', {}).then(
      (status) => {
        if (status.needsSetup) openSupervisorScreensFrom('/kiosk', true);
      },
      (err: unknown) => console.warn('[kiosk] auth.status failed:', toApiError(err).message),
    );
  }, []);
  return <>{children}</>;
}
