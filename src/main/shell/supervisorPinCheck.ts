import { LoketError } from '../../shared/api/errors';
import { verifyPin } from '../auth/pinHash';
import { afterFailure, isLocked, MAX_FAILURES } from '../auth/signinGuard';
import type { Clock } from '../core/clock';
import type { Store } from '../store/store';

/**
 * Checks a supervisor PIN typed on the kiosk itself (to leave kiosk mode). Wrong PINs share the
 * supervisor sign-in's lockout, so the kiosk is no second door for guessing. Returns the supervisor's name.
 */
export async function checkSupervisorPin(store: Store, clock: Clock, pin: string, action: string): Promise<string> {
  const scope = 'supervisor';
  const now = clock.now();
  const guard = store.signinGuards.get(scope);
  if (isLocked(guard, now)) {
    const minutes = Math.ceil(((guard.lockedUntil as number) - now) / 60_000);
    throw new LoketError('locked', `Too many wrong PINs; supervisor PINs are refused for ${minutes} more minute(s).`);
  }
  for (const staff of store.staff.active()) {
    if (staff.role === 'supervisor' && (await verifyPin(staff.pinHash, pin))) {
      store.transaction(() => {
        store.signinGuards.clear(scope);
        store.audit.append(clock.now(), staff.name, action);
      });
      return staff.name;
    }
  }
  const next = afterFailure(store.signinGuards.get(scope), clock.now());
  store.transaction(() => {
    store.signinGuards.save(scope, next.failures, next.lockedUntil);
    store.audit.append(now, 'kiosk', `${action}.refused`, { failures: next.failures });
  });
  if (isLocked(next, clock.now())) throw new LoketError('locked', 'Too many wrong PINs; supervisor PINs are refused for 5 minutes.');
  throw new LoketError('wrong_pin', `Wrong supervisor PIN; ${MAX_FAILURES - (next.failures % MAX_FAILURES)} attempt(s) left before it is locked.`);
}
