import type { PinAttempts } from '../auth/pinAttempts';
import type { Caller } from '../api/dispatcher';
import type { Store } from '../store/store';

/**
 * Checks a supervisor's PIN typed on the kiosk itself (to leave kiosk mode) through the same
 * per-account and per-source lockout as the sign-in, so the kiosk is no second door for guessing.
 * Returns the supervisor's name.
 */
export function checkSupervisorPin(
  store: Store,
  pins: PinAttempts,
  input: { staffId: number; pin: string },
  caller: Caller,
  action: string,
): Promise<string> {
  return pins.open(
    { staffId: input.staffId, role: 'supervisor', pin: input.pin, caller, door: 'kiosk exit', failedAction: `${action}.refused` },
    (staff, now) => {
      store.audit.append(now, staff.name, action);
      return staff.name;
    },
  );
}
