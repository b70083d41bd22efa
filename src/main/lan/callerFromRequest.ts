import type { Caller } from '../api/dispatcher';
import type { Store } from '../store/store';
import { hashToken } from './tokens';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export interface CallerOptions {
  /**
   * In browser mode the kiosk's Chromium runs on the office PC itself; requests from loopback without
   * a token act as the kiosk (issue tickets, read the overview) and nothing more.
   */
  loopbackIsKiosk: boolean;
}

export function callerFromRequest(
  store: Store,
  headers: { authorization?: string | undefined },
  remoteAddress: string | undefined,
  options: CallerOptions,
): Caller {
  const auth = headers.authorization;
  if (auth !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    const record = match?.[1] ? store.tokens.find(hashToken(match[1])) : undefined;
    return record ? { role: record.role, counter: record.counterNumber, via: 'lan' } : { role: null, via: 'lan' };
  }
  if (options.loopbackIsKiosk && remoteAddress !== undefined && LOOPBACK.has(remoteAddress)) {
    return { role: 'kiosk', via: 'lan' };
  }
  return { role: null, via: 'lan' };
}
