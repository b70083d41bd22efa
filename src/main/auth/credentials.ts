import type { Caller } from './caller';
import { hashToken } from './tokens';
import type { Store } from '../store/store';

/**
 * Who a bearer token belongs to: a staff session (sign-in) or a paired device. An unknown, expired or
 * revoked token gives no role at all, never a fallback.
 */
export function callerFromToken(store: Store, token: string, now: number, via: Caller['via']): Caller {
  const tokenHash = hashToken(token);
  const session = store.sessions.findValid(tokenHash, now);
  if (session) {
    return {
      role: session.role,
      counter: session.counterNumber,
      via,
      session: { tokenHash, staffId: session.staffId, staffName: session.staffName, expiresAt: session.expiresAt },
      ...(session.agency !== null ? { agency: session.agency } : {}),
    };
  }
  const device = store.tokens.find(tokenHash);
  if (device) return { role: device.role, counter: device.counterNumber, via, deviceLabel: device.label, ...(device.zone !== null ? { zone: device.zone } : {}) };
  return { role: null, via };
}
