import { LoketError } from '../../shared/api/errors';
import { UpdateTracker, type UpdateStatus } from '../update/updateTracker';
import { DEFAULT_INSTALL_RULES } from '../update/updatePolicy';

/**
 * What the API needs from the window shell, declared here so the shell depends on the API and not the
 * reverse. The Electron entry provides the real one; browser mode has no kiosk mode to leave and no updater.
 */
export interface ShellControls {
  /** Leaves kiosk mode; `by` names the supervisor for the log. */
  exitKiosk(by: string): void;
  updateStatus(): UpdateStatus;
}

export function browserModeShell(currentVersion: string): ShellControls {
  const browserUpdates = new UpdateTracker(() => '', {
    currentVersion,
    feedUrl: null,
    rules: DEFAULT_INSTALL_RULES,
    disabled: { why: 'browser_mode', reason: 'Browser mode (npm run serve) is updated with git and npm, not automatically.' },
  });
  return {
    exitKiosk() {
      throw new LoketError('wrong_state', 'There is no kiosk mode to leave: this office runs in browser mode.');
    },
    updateStatus: () => browserUpdates.current,
  };
}
