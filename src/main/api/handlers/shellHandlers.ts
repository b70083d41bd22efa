import type { shellMethods } from '../../../shared/api/methods/shell';
import { LoketError } from '../../../shared/api/errors';
import type { Clock } from '../../core/clock';
import type { ShellControls } from '../shellControls';
import type { Store } from '../../store/store';
import type { HandlersFor } from '../handlerTypes';

export function shellHandlers(shell: ShellControls, store: Store, clock: Clock): HandlersFor<typeof shellMethods> {
  return {
    'kiosk.exit': (_i, caller) => {
      // Only the supervisor standing at this PC (signed in in its own window) may leave its kiosk mode.
      if (caller.via !== 'ipc' || !caller.session) throw new LoketError('forbidden', 'Kiosk mode can only be left on the kiosk PC itself, by a supervisor signed in there.');
      const by = caller.session.staffName;
      store.transaction(() => store.audit.append(clock.now(), by, 'kiosk.exit'));
      shell.exitKiosk(by);
      return { exiting: true as const };
    },
    'update.status': () => shell.updateStatus(),
  };
}
