import type { shellMethods } from '../../../shared/api/methods/shell';
import { LoketError } from '../../../shared/api/errors';
import type { PinAttempts } from '../../auth/pinAttempts';
import type { ShellControls } from '../../shell/shellControls';
import { checkSupervisorPin } from '../../shell/supervisorPinCheck';
import type { Store } from '../../store/store';
import type { HandlersFor } from '../dispatcher';

export function shellHandlers(shell: ShellControls, store: Store, pins: PinAttempts): HandlersFor<typeof shellMethods> {
  return {
    'kiosk.exit': async (i, caller) => {
      // Only a window of this PC may leave its own kiosk mode; a LAN device holding the kiosk role may not.
      if (caller.via !== 'ipc') throw new LoketError('forbidden', 'Kiosk mode can only be left on the kiosk PC itself.');
      const supervisor = await checkSupervisorPin(store, pins, i, caller, 'kiosk.exit');
      shell.exitKiosk(supervisor);
      return { exiting: true as const };
    },
    'update.status': () => shell.updateStatus(),
  };
}
