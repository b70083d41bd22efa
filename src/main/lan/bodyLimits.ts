import { api, type MethodName } from '../../shared/api/contract';

const KiB = 1024;

/** Methods anyone may call (no credential) read a little input: a PIN, a ticket id, a device label. */
export const PUBLIC_BODY_LIMIT = 4 * KiB;
const SIGNED_IN_BODY_LIMIT = 64 * KiB;
/**
 * settings.update carries the whole office configuration: the example office is about 3 KiB, and the
 * largest the schema sensibly allows (40 services with both texts and hours, 99 counters serving all of
 * them) about 140 KiB.
 */
const SETTINGS_BODY_LIMIT = 256 * KiB;

/** How large a request body the LAN server reads for a method, before the dispatcher sees any of it. */
export function bodyLimitFor(method: MethodName): number {
  if (method === 'settings.update') return SETTINGS_BODY_LIMIT;
  return api[method].roles === 'public' ? PUBLIC_BODY_LIMIT : SIGNED_IN_BODY_LIMIT;
}
