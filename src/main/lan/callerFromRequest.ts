import { callerFromToken } from '../auth/credentials';
import type { Caller } from '../api/dispatcher';
import type { Store } from '../store/store';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export interface CallerOptions {
  /**
   * In browser mode the kiosk's Chromium runs on the office PC itself; requests from loopback without
   * a token act as the kiosk (issue tickets, read the overview) and nothing more.
   */
  loopbackIsKiosk: boolean;
}

export function isLoopback(remoteAddress: string | undefined): boolean {
  return remoteAddress !== undefined && LOOPBACK.has(remoteAddress);
}

/** The caller of a LAN request: `Authorization: Bearer <token>`, or `?token=` for WebSockets (browsers cannot set headers there). */
export function callerFromRequest(
  store: Store,
  request: { authorization?: string | undefined; queryToken?: string | undefined; remoteAddress: string | undefined },
  options: CallerOptions,
  now = Date.now(),
): Caller {
  const local = isLoopback(request.remoteAddress);
  const source = request.remoteAddress ?? 'unknown';
  const auth = request.authorization;
  if (auth !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
    return token ? { ...callerFromToken(store, token, now, 'lan'), local, source } : { role: null, via: 'lan', local, source };
  }
  if (request.queryToken) return { ...callerFromToken(store, request.queryToken, now, 'lan'), local, source };
  if (options.loopbackIsKiosk && local) return { role: 'kiosk', via: 'lan', local, source };
  return { role: null, via: 'lan', local, source };
}
