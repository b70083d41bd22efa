import { callerFromToken } from '../auth/credentials';
import type { Caller } from '../auth/caller';
import type { Store } from '../store/store';
import { isLoopback } from '../../shared/net/peerAddress';

export interface CallerOptions {
  /**
   * In browser mode the kiosk's Chromium runs on the office PC itself; requests from loopback without
   * a token act as the kiosk (issue tickets, read the overview) and nothing more. Only requests that
   * passed the origin gate (requestGate.ts) get here, so a foreign web page on this PC never does.
   */
  loopbackIsKiosk: boolean;
}

/**
 * The caller of a LAN request: `Authorization: Bearer <token>` over HTTP, or the token of the event
 * stream's auth message. `peer` is the normalized peer address (peerAddress.ts).
 */
export function callerFromRequest(
  store: Store,
  request: { authorization?: string | undefined; token?: string | undefined; peer: string },
  options: CallerOptions,
  now = Date.now(),
): Caller {
  const local = isLoopback(request.peer);
  const source = request.peer;
  const auth = request.authorization;
  if (auth !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
    return token ? { ...callerFromToken(store, token, now, 'lan'), local, source } : { role: null, via: 'lan', local, source };
  }
  if (request.token) return { ...callerFromToken(store, request.token, now, 'lan'), local, source };
  if (options.loopbackIsKiosk && local) return { role: 'kiosk', via: 'lan', local, source };
  return { role: null, via: 'lan', local, source };
}
